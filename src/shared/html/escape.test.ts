import { describe, expect, it } from 'vitest';
import { escapeHtml, scriptJson } from './escape';

describe('escaping text for HTML', () => {
  it('escapes everything HTML treats as markup', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(scriptJson({ a: '</script>\u2028' })).toBe('{"a":"\\u003c/script>\\u2028"}');
  });

  it('writes JSON a script element can hold and JavaScript can read', () => {
    const value = { title: '</script><script>alert(1)</script>', line: 'a\u2028b\u2029c' };
    const text = scriptJson(value);
    expect(text).not.toMatch(/<|\u2028|\u2029/);
    expect(JSON.parse(text)).toEqual(value);
    expect(scriptJson('it’s "quoted"')).toBe('"it’s \\"quoted\\""');
  });
});
