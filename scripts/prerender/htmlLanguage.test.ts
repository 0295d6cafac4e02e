import { describe, expect, it } from 'vitest';
import { withLanguage } from './htmlLanguage.ts';

const template = '<!doctype html>\n<html lang="en">\n  <head><title>Sourceline</title></head>\n</html>';

describe('the page’s language', () => {
  it('is English, left to right, for a story that declares none', () => {
    expect(withLanguage(template)).toContain('<html lang="en" dir="ltr">');
  });

  it('is the story’s, with its direction', () => {
    expect(withLanguage(template, 'ar')).toContain('<html lang="ar" dir="rtl">');
    expect(withLanguage(template, 'he')).toContain('<html lang="he" dir="rtl">');
    expect(withLanguage(template, 'fr')).toContain('<html lang="fr" dir="ltr">');
    expect(withLanguage(template, 'pt-BR')).toContain('<html lang="pt-BR" dir="ltr">');
  });

  it('replaces the template’s root element once, whatever it said, and escapes what it writes', () => {
    const page = withLanguage('<html lang="x" class="a">\n<p>html</p></html>', 'es');
    expect(page).toBe('<html lang="es" dir="ltr">\n<p>html</p></html>');
    expect(withLanguage(template, '"><script>')).toContain('<html lang="&quot;&gt;&lt;script&gt;" dir="ltr">');
  });

  it('refuses a template without a root element', () => {
    expect(() => withLanguage('<p>no root</p>', 'en')).toThrow(/no <html> element/);
  });
});
