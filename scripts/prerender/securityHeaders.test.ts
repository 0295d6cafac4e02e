import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspHash, headersFile, inlineHashes, mergeHashes } from './securityHeaders';

describe('the hashes of a page’s inline code', () => {
  it('is the SHA-256 of the text’s UTF-8 bytes, in base64, as browsers compute it', () => {
    // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(cspHash('é')).not.toBe(cspHash('e'));
  });

  it('takes scripts that run and stylesheets, and leaves data and files alone', () => {
    const html = [
      '<script>one()</script>',
      '<script type="module">two()</script>',
      '<script type="application/json" id="d">{"a":1}</script>',
      '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
      '<script type="module" crossorigin src="./assets/index.js"></script>',
      '<style>body{margin:0}</style>',
    ].join('\n');
    expect(inlineHashes(html)).toEqual({ scripts: [cspHash('one()'), cspHash('two()')], styles: [cspHash('body{margin:0}')] });
  });

  it('hashes the text exactly as written between the tags, spaces and line breaks included', () => {
    expect(inlineHashes('<script>\n  run();\n</script>').scripts).toEqual([cspHash('\n  run();\n')]);
  });

  it('refuses what no hash can allow: event handler attributes and javascript: addresses', () => {
    expect(() => inlineHashes('<img src="x.png" onerror="run()">')).toThrow(/inline event handler/);
    expect(() => inlineHashes('<a href="javascript:run()">x</a>')).toThrow(/javascript: address/);
    // Words in the text are not attributes.
    expect(() => inlineHashes('<p>the onset="slow" of javascript: in prose</p>')).not.toThrow();
  });

  it('merges the pages’ hashes, each once, in a stable order', () => {
    expect(mergeHashes([{ scripts: ['b', 'a'], styles: ['s'] }, { scripts: ['a'], styles: ['s', 't'] }])).toEqual({ scripts: ['a', 'b'], styles: ['s', 't'] });
  });
});

describe('the policy', () => {
  const policy = contentSecurityPolicy({ scripts: ["'sha256-A='"], styles: ["'sha256-B='"] });

  it('is no weaker than default-src self, hashed scripts, no plugins, no foreign base', () => {
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' 'sha256-A='; style-src 'self' 'sha256-B='; style-src-attr 'unsafe-inline'; img-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('goes into _headers for every path, with the build’s hashed files cached for good', () => {
    const file = headersFile(policy);
    expect(file).toContain(`/*\n  Content-Security-Policy: ${policy}\n`);
    expect(file).toContain('/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  });
});
