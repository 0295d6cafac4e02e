import { describe, expect, it } from 'vitest';
import { ar, arPages } from './ar';
import { en, enPages } from './en';
import { es, esPages } from './es';
import { fr, frPages } from './fr';
import { he, hePages } from './he';
import { arLater } from './later/ar';
import { enLater } from './later/en';
import { esLater } from './later/es';
import { frLater } from './later/fr';
import { heLater } from './later/he';
import { formatsFor } from './formats';
import { SHIPPED_LANGUAGES, type Formats, type Message, type PluralCategory, type ShippedLanguage } from './messages';

// Every catalogue against the English one, key for key; every message asked for every plural
// category its language has. TypeScript refuses a missing or extra key already; this holds the
// catalogues as they are at run time too (a key spelt with a typo in a spread, an empty string).

type Catalogue = Record<string, Message>;
/** Each language's catalogue: the first view's words, the later ones and the build's, held to the English as one. */
const catalogues: Record<ShippedLanguage, Catalogue> = {
  en: { ...en, ...enLater, ...enPages },
  ar: { ...ar, ...arLater, ...arPages },
  he: { ...he, ...heLater, ...hePages },
  fr: { ...fr, ...frLater, ...frPages },
  es: { ...es, ...esLater, ...esPages },
};
const english = catalogues.en;

/** Messages that may be empty: a word a language puts elsewhere (see `stepEvent` in en.ts). */
const MAY_BE_EMPTY = new Set(['stepEvent']);
/** Parameters that are numbers the message writes; the rest are words, or lists of words. */
const NUMBERS = new Set(['count', 'index', 'done']);
const LISTS = new Set(['words', 'breaks', 'missing']);

/** A whole number of each plural category `lang` has: 0, 1, 2, 3, 11, 100 in Arabic; 1, 2, 1,000,000 in French. */
function samples(lang: string): Map<PluralCategory, number> {
  const rules = new Intl.PluralRules(lang);
  const found = new Map<PluralCategory, number>();
  for (const n of [...Array.from({ length: 201 }, (_, i) => i), 1000, 1_000_000]) if (!found.has(rules.select(n))) found.set(rules.select(n), n);
  return found;
}

type Call = (params: unknown, formats: Formats) => string;

/** A message called with every parameter it reads made up: numbers `n`, words as markers to find in the result. */
function call(message: Call, n: number, formats: Formats): { text: string; read: string[] } {
  const read: string[] = [];
  const params = new Proxy(
    {},
    {
      get: (_target, name) => {
        if (typeof name !== 'string') return undefined;
        read.push(name);
        if (NUMBERS.has(name)) return n;
        if (LISTS.has(name)) return [`‹${name}1›`, `‹${name}2›`];
        return `‹${name}›`;
      },
    },
  );
  return { text: message(params, formats), read: [...new Set(read)].sort() };
}


describe('the interface’s catalogues', () => {
  it('ships the languages it says, English among them', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...SHIPPED_LANGUAGES].sort());
  });

  for (const lang of SHIPPED_LANGUAGES) {
    const messages = catalogues[lang];
    const formats = formatsFor(lang, lang);

    it(`${lang}: has exactly the English keys`, () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    });

    it(`${lang}: has no empty message, and each is words or a function as in English`, () => {
      for (const [key, message] of Object.entries(messages)) {
        expect(typeof message, key).toBe(typeof english[key]);
        if (typeof message === 'string' && !(MAY_BE_EMPTY.has(key) && lang !== 'en')) expect(message.trim(), key).not.toBe('');
      }
    });

    it(`${lang}: writes every function message for every plural category (${[...samples(lang).keys()].join(', ')}), with no parameter English lacks and every word given kept`, () => {
      const categories = samples(lang);
      expect([...categories.keys()].sort()).toEqual([...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort());
      for (const [key, message] of Object.entries(messages)) {
        if (typeof message !== 'function') continue;
        const inEnglish = english[key] as Call;
        for (const [category, n] of categories) {
          const where = `${key} for ${n} (${category})`;
          const { text, read } = call(message as Call, n, formats);
          expect(text.trim(), where).not.toBe('');
          const source = call(inEnglish, n, formatsFor('en', lang));
          // Only the English parameters (a language may leave a count to its grammar: Arabic's verb before its subject).
          expect(source.read, `${where}: its parameters`).toEqual(expect.arrayContaining(read));
          // Every word the English writes, the translation writes too (a title, a date, a list's items).
          for (const marker of source.text.match(/‹[^›]+›/g) ?? []) expect(text, `${where}: ${marker}`).toContain(marker);
        }
      }
    });
  }
});
