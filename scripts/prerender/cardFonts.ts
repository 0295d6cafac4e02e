/**
 * Fonts for the social cards, from npm packages so the build needs no network and no system font.
 * A card always has Noto Sans and Noto Serif's Latin subsets, which every card of an English story
 * needs and nothing more. Other scripts are drawn from the slices of fallback families that cover
 * them (Noto Sans's other subsets, Arabic, Hebrew, Simplified Chinese, and emoji, in outline), each
 * slice read only when a card holds one of its characters: a title in Hebrew costs one small file,
 * a story in English costs nothing. Without them satori draws every such character as an empty box.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** What satori takes as a font. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

const require = createRequire(import.meta.url);

function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

const font = (name: string, pkg: string, file: string, weight: 400 | 700): CardFont => ({ name, data: readFileSync(packageFile(pkg, `files/${file}`)), weight, style: 'normal' });

/** The fonts every card uses, read once. */
export const BASE_FONTS: CardFont[] = [
  font('Noto Sans', '@fontsource/noto-sans', 'noto-sans-latin-400-normal.woff', 400),
  font('Noto Sans', '@fontsource/noto-sans', 'noto-sans-latin-700-normal.woff', 700),
  font('Noto Serif', '@fontsource/noto-serif', 'noto-serif-latin-400-normal.woff', 400),
];

/**
 * Families to draw other scripts with, in the order they are tried, at the weights the cards use,
 * and which of their slices to take: a slice's `unicode-range` says what it is meant for, not
 * every glyph it has, so each family gives only the slices of its own script (Arabic's "symbols"
 * slice claims the emoji, and has none of them).
 */
const FALLBACK_FAMILIES = [
  { pkg: '@fontsource/noto-sans', slices: /^noto-sans-(latin-ext|cyrillic|cyrillic-ext|greek|greek-ext|vietnamese|devanagari)-\d/ },
  { pkg: '@fontsource/noto-sans-arabic', slices: /^noto-sans-arabic-arabic-\d/ },
  { pkg: '@fontsource/noto-sans-hebrew', slices: /^noto-sans-hebrew-hebrew-\d/ },
  { pkg: '@fontsource/noto-emoji', slices: /^noto-emoji-\d+-\d/ },
  // Last: its slices also claim much of Latin, Arabic and the symbols, which the others draw.
  { pkg: '@fontsource/noto-sans-sc', slices: /^noto-sans-sc-\d+-\d/ },
] as const;
const WEIGHTS = [400, 700] as const;

/** One file of a family: the characters its `unicode-range` says it has. */
export interface FontSlice {
  name: string;
  pkg: string;
  file: string;
  weight: 400 | 700;
  ranges: readonly (readonly [number, number])[];
}

/** `U+0460-052F,U+20B4,U+1F6??` → code point ranges. */
export function parseUnicodeRange(text: string): [number, number][] {
  return text.split(',').flatMap((part): [number, number][] => {
    const match = /^\s*U\+([0-9A-Fa-f?]+)(?:-([0-9A-Fa-f]+))?\s*$/.exec(part);
    if (!match) return [];
    const [, first = '', last] = match;
    if (first.includes('?')) return [[Number.parseInt(first.replace(/\?/g, '0'), 16), Number.parseInt(first.replace(/\?/g, 'F'), 16)]];
    const start = Number.parseInt(first, 16);
    return [[start, last ? Number.parseInt(last, 16) : start]];
  });
}

/** The slices a fontsource stylesheet declares: each `@font-face`'s family, WOFF file and `unicode-range`. */
export function parseFontFaces(css: string, pkg: string, weight: 400 | 700): FontSlice[] {
  const slices: FontSlice[] = [];
  for (const [, body = ''] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const name = /font-family:\s*'([^']+)'/.exec(body)?.[1];
    const file = /url\(\.\/files\/([^)]+\.woff)\)\s*format\('woff'\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (name && file && range && /font-style:\s*normal/.test(body)) slices.push({ name, pkg, file, weight, ranges: parseUnicodeRange(range) });
  }
  return slices;
}

let slices: FontSlice[] | null = null;

/** Every fallback slice, in the order they are tried, read from the packages' stylesheets once. */
export function fallbackSlices(): FontSlice[] {
  slices ??= FALLBACK_FAMILIES.flatMap(({ pkg, slices: wanted }) =>
    WEIGHTS.flatMap((weight) => parseFontFaces(readFileSync(packageFile(pkg, `${weight}.css`), 'utf8'), pkg, weight).filter((slice) => wanted.test(slice.file))),
  );
  return slices;
}

const covers = (slice: FontSlice, code: number) => slice.ranges.some(([start, end]) => code >= start && code <= end);

let latin: FontSlice[] | null = null;

/** What the base fonts draw: Noto Sans's Latin slice. */
function baseSlices(): FontSlice[] {
  latin ??= parseFontFaces(readFileSync(packageFile('@fontsource/noto-sans', '400.css'), 'utf8'), '@fontsource/noto-sans', 400).filter((slice) => /^noto-sans-latin-\d/.test(slice.file));
  return latin;
}

/**
 * The slices that draw the characters of `text` the base fonts lack: for each character, the slices
 * (at both weights) of the first family meant for it. Spaces, joiners and variation selectors need
 * no glyph of their own.
 */
export function slicesFor(text: string, all: readonly FontSlice[] = fallbackSlices()): FontSlice[] {
  const base = baseSlices();
  const chosen = new Set<FontSlice>();
  for (const character of new Set(text)) {
    const code = character.codePointAt(0) ?? 0;
    const invisible = /\s/u.test(character) || (code >= 0x200b && code <= 0x200f) || (code >= 0xfe00 && code <= 0xfe0f);
    if (invisible || base.some((slice) => covers(slice, code))) continue;
    const first = all.find((slice) => covers(slice, code));
    if (first) for (const slice of all) if (slice.pkg === first.pkg && covers(slice, code)) chosen.add(slice);
  }
  return [...chosen];
}

const loaded = new Map<FontSlice, CardFont>();

function sliceFont(slice: FontSlice): CardFont {
  let entry = loaded.get(slice);
  if (!entry) {
    // Each slice under a name of its own: satori keeps one font per name and weight, so slices of
    // one family under the family's name would hide each other.
    entry = font(`${slice.name} ${slice.file}`, slice.pkg, slice.file, slice.weight);
    loaded.set(slice, entry);
  }
  return entry;
}

const isEmojiSlice = (slice: FontSlice) => slice.pkg === '@fontsource/noto-emoji';

/**
 * The fonts for the characters of `text` the base fonts lack (none, for Latin text), emoji apart:
 * satori draws those as pictures (`emojiFontsFor`). Each file is read once.
 */
export function fallbackFontsFor(text: string): CardFont[] {
  return slicesFor(text)
    .filter((slice) => !isEmojiSlice(slice))
    .map(sliceFont);
}

/**
 * The emoji font for one emoji (a flag or a sequence joined by U+200D included), to draw it as a
 * picture of its own: satori asks for each emoji as an image, and given several emoji slices as
 * fonts it draws the emoji of all but the first as empty boxes.
 */
export function emojiFontsFor(emoji: string): CardFont[] {
  return slicesFor(emoji)
    .filter((slice) => isEmojiSlice(slice) && slice.weight === 400)
    .map(sliceFont);
}
