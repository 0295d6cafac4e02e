import { describe, expect, it } from 'vitest';
import { EMBED_SANDBOX } from '../../shared/embed/hostProtocol';
import { iframeSnippet, pymSnippet, scriptSnippet } from './snippets';

const input = {
  url: 'https://graphics.example/s/events/truce-extension/?embed=1&theme=dark',
  scriptUrl: 'https://graphics.example/s/embed.js',
  title: 'Timeline: “Truce” <b>&</b> more',
};

/** Parses a snippet as a browser would, to check what it says rather than how it is spelled. */
function parse(html: string) {
  const attrs = (tag: string) => {
    const match = new RegExp(`<${tag}\\s([^>]*)>`).exec(html);
    const out: Record<string, string> = {};
    for (const [, name, value] of (match?.[1] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)) {
      out[name!] = value!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    }
    return out;
  };
  return { attrs };
}

describe('embed snippets', () => {
  it('the script snippet names the embed URL, the title and embed.js', () => {
    const html = scriptSnippet(input);
    const { attrs } = parse(html);
    expect(attrs('div')).toEqual({ 'data-sourceline': input.url, 'data-sourceline-title': input.title });
    expect(attrs('script')).toEqual({ src: input.scriptUrl });
    expect(html).toContain('<script async ');
  });

  it('the iframe snippet is titled, lazy, sandboxed and may copy links', () => {
    const { attrs } = parse(iframeSnippet(input, 640));
    expect(attrs('iframe')).toMatchObject({ src: input.url, title: input.title, height: '640', loading: 'lazy', sandbox: EMBED_SANDBOX, allow: 'clipboard-write' });
  });

  it('the pym.js snippet passes the URL and title as JavaScript strings that cannot close the script', () => {
    const html = pymSnippet({ ...input, title: 'x</script><script>alert(1)</script>' });
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const call = /new pym\.Parent\((.*)\);<\/script>$/.exec(html)?.[1] ?? '';
    // The arguments are JSON-compatible apart from the options' bare keys.
    const args = JSON.parse(`[${call.replace(/\{ title: /, '{ "title": ').replace(/, sandbox: /, ', "sandbox": ')}]`) as [string, string, { title: string; sandbox: string }];
    expect(args).toEqual(['sourceline-timeline', input.url, { title: 'x</script><script>alert(1)</script>', sandbox: EMBED_SANDBOX }]);
    expect(html).toContain('<div id="sourceline-timeline"></div>');
  });
});
