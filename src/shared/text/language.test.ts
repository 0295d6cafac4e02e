import { describe, expect, it } from 'vitest';
import { canonicalLanguage, languageName, textDirection } from './language';

describe('a story’s language', () => {
  it('takes well-formed BCP 47 tags in their canonical form', () => {
    expect(canonicalLanguage('en')).toBe('en');
    expect(canonicalLanguage('pt-br')).toBe('pt-BR');
    expect(canonicalLanguage('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(canonicalLanguage('ar')).toBe('ar');
  });

  it('refuses what is not a tag', () => {
    for (const bad of ['', ' en', 'english!', 'en_GB', 'e', '12', 'en-', '<script>']) expect(canonicalLanguage(bad), bad).toBeNull();
  });

  it('runs Arabic, Hebrew, Persian, Urdu, Yiddish and Dhivehi right to left, by their script', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'fa', 'ur', 'yi', 'dv', 'ps', 'ckb', 'az-Arab']) expect(textDirection(tag), tag).toBe('rtl');
  });

  it('runs the rest left to right, and an unknown or malformed tag too', () => {
    for (const tag of ['en', 'fr', 'es', 'de', 'az', 'tr', 'zh-Hant', 'ja', 'ru', 'he-Latn', 'not a tag']) expect(textDirection(tag), tag).toBe('ltr');
  });

  it('names a language the platform knows, and none for a slip that is still well formed', () => {
    expect(languageName('ar-EG')).toBe('Arabic');
    expect(languageName('he')).toBe('Hebrew');
    expect(languageName('pt-BR')).toBe('Portuguese');
    for (const slip of ['english', 'xx', 'zzz', 'not a tag']) expect(languageName(slip), slip).toBeNull();
  });
});
