import { formatValue } from '../format/figures';
import type { Formats, PluralForms } from './messages';

const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();

function rulesFor(lang: string): Intl.PluralRules {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}

/** `n`'s form in `lang`: the one its plural category names. A category with no form is an error, never a silent `other`. */
export function plural(lang: string, n: number, forms: PluralForms): string {
  const category = rulesFor(lang).select(n);
  const form = forms[category];
  if (form === undefined) throw new Error(`no "${category}" form for ${n} in ${lang}: ${JSON.stringify(forms)}`);
  return form;
}

/** `items` joined as `lang` joins them. */
export function list(lang: string, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const key = `${lang} ${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(lang, { style: 'long', type })));
  return format.format(items);
}

/**
 * The formats of a catalogue in `catalogueLang` used for a story in `storyLang`: plurals and lists
 * follow the catalogue's grammar (an English sentence keeps English plurals in a Russian story),
 * numbers the story's locale, as every figure on its page.
 */
export function formatsFor(catalogueLang: string, storyLang: string | undefined): Formats {
  // English lists are joined the British way, as its dates are written ("a, b and c").
  const listLang = catalogueLang === 'en' ? 'en-GB' : catalogueLang;
  return {
    plural: (n, forms) => plural(catalogueLang, n, forms),
    number: (n) => formatValue(n, storyLang),
    list: (items, type) => list(listLang, items, type),
  };
}
