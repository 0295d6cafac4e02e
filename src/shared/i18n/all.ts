/**
 * Every catalogue, registered: for the prerender and the tests, which render stories of every
 * language in one process. The browser's entry does not import this; it loads the one its page needs.
 */
import { ar } from './ar';
import { en } from './en';
import { registerCatalogue } from './catalogues';
import { es } from './es';
import { fr } from './fr';
import { he } from './he';
import { arLater } from './later/ar';
import { enLater } from './later/en';
import { esLater } from './later/es';
import { frLater } from './later/fr';
import { heLater } from './later/he';
import { registerLater } from './laterCatalogues';

registerCatalogue('en', en);
registerCatalogue('ar', ar);
registerCatalogue('he', he);
registerCatalogue('fr', fr);
registerCatalogue('es', es);
registerLater('en', enLater);
registerLater('ar', arLater);
registerLater('he', heLater);
registerLater('fr', frLater);
registerLater('es', esLater);
