import { bindMessages } from '../catalogues';
import { enLater } from './en';

/**
 * The later words in English, at hand: for the parts that render at once wherever they are drawn
 * (the index of stories, which is the site's and so English).
 */
export const englishLater = bindMessages(enLater, 'en', undefined);
