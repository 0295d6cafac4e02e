/**
 * Digits of every script, read as numbers: an article in Arabic may write "٢٤٠" (Arabic-Indic),
 * one in Persian "۲۴۰", one in Hindi "२४०". Unicode puts each script's decimal digits (`\p{Nd}`)
 * in a run of ten, zero to nine, so a digit's value is its place in its run.
 */

/** A decimal digit other than 0–9 in the Basic Multilingual Plane: one UTF-16 unit, as "0" is. */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;
/** Arabic's own separators: "٬" between thousands, "٫" before a fraction. */
const ARABIC_SEPARATORS: Record<string, string> = { '\u066C': ',', '\u066B': '.' };

let values: Map<string, string> | null = null;

/** Each decimal digit of the Basic Multilingual Plane other than 0–9, with its value as an ASCII digit. */
function digitValues(): Map<string, string> {
  if (values) return values;
  values = new Map();
  let run = 0;
  for (let code = 0; code <= 0xffff; code += 1) {
    const char = String.fromCharCode(code);
    if (!/\p{Nd}/u.test(char)) {
      run = 0;
      continue;
    }
    if (code > 0x39) values.set(char, String(run % 10));
    run += 1;
  }
  return values;
}

/** True when `text` writes a digit in a script other than the Latin one. */
export function hasOtherDigits(text: string): boolean {
  return OTHER_DIGIT.test(text);
}

/**
 * `text` with every decimal digit of another script written as its ASCII digit, and Arabic's
 * thousands and decimal separators as "," and ".": the same length, each character where it was,
 * so a number's place in the copy is its place in the text. Text without such digits comes back as it is.
 */
export function withLatinDigits(text: string): string {
  if (!hasOtherDigits(text)) return text;
  const table = digitValues();
  let out = '';
  for (const char of text) {
    const digit = char.length === 1 ? table.get(char) : undefined;
    out += digit ?? ARABIC_SEPARATORS[char] ?? char;
  }
  return out;
}
