import { describe, expect, it } from 'vitest';
import { headTags, type HeadInput } from './headTags.ts';
import { siteUrlFrom } from './siteUrl.ts';

const input: HeadInput = {
  title: 'Shooting in Jerusalem kills three people, 30 November 2023 · Sourceline',
  description: '30 November 2023 (date inferred): “Hamas claimed responsibility”',
  canonical: 'https://news.example/s/events/jerusalem-shooting/',
  image: 'https://news.example/s/cards/jerusalem-shooting.png',
  imageAlt: 'Shooting in Jerusalem',
  ogType: 'article',
  siteName: 'Sourceline',
  jsonLd: { '@type': 'Event', name: '</script><script>alert(1)</script>' },
  toBase: '../../',
};

describe('head tags', () => {
  it('carries the title, description, canonical URL, card and Twitter tags', () => {
    const html = headTags(input);
    expect(html).toContain(`<title>${input.title}</title>`);
    expect(html).toContain(`<link rel="canonical" href="${input.canonical}" />`);
    expect(html).toContain(`<meta property="og:image" content="${input.image}" />`);
    expect(html).toContain('<meta property="og:image:width" content="1200" />');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(html).toContain('<link rel="manifest" href="../../manifest.webmanifest" />');
  });

  it('escapes text from the data in attributes and in JSON-LD', () => {
    const html = headTags({ ...input, title: 'A "quoted" <b>title</b> & more' });
    expect(html).toContain('<title>A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more</title>');
    expect(html).toContain('content="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
    expect(html).not.toContain('</script><script>');
    const json = /<script type="application\/ld\+json">(.*)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(json)).toEqual(input.jsonLd);
  });
});

describe('the site URL setting', () => {
  it('makes a folder URL of what it is given', () => {
    expect(siteUrlFrom('https://graphics.example.com/sourceline').url).toBe('https://graphics.example.com/sourceline/');
    expect(siteUrlFrom('https://graphics.example.com/a/b/?x=1#y')).toEqual({ url: 'https://graphics.example.com/a/b/', warning: null });
  });

  it('warns when it is not set, and refuses what is not a web URL', () => {
    expect(siteUrlFrom(undefined).warning).toContain('SITE_URL is not set');
    expect(() => siteUrlFrom('sourceline/')).toThrow('absolute URL');
    expect(() => siteUrlFrom('ftp://example.com/')).toThrow('http or https');
  });
});
