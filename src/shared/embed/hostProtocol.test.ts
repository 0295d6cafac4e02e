import { describe, expect, it } from 'vitest';
import { decodeHello, decodeHostInfo, decodeSelection, embedSrc, encodeHello, encodeHostInfo, hostLinkFor, readHashParam, writeHashParam } from './hostProtocol';
import { formatPymMessage, parsePymMessage } from './pymMessage';

describe('the host’s message to the child', () => {
  it('round-trips', () => {
    const info = { url: 'https://news.example/2023/gaza-truce?x=1#top', key: 'sourceline' };
    expect(decodeHostInfo(encodeHostInfo(info))).toEqual(info);
  });

  it('refuses anything that is not exactly a host page and a key', () => {
    for (const text of [
      '',
      'null',
      '[]',
      '{"url":"https://a.example/"}',
      '{"url":"javascript:alert(1)","key":"sourceline"}',
      '{"url":"https://a.example/","key":"Bad Key"}',
      '{"url":42,"key":"sourceline"}',
      '{"url":"not a url","key":"sourceline"}',
    ]) {
      expect(decodeHostInfo(text)).toBeNull();
    }
  });

  it('frames a page URL that holds pym’s delimiter, and reads it back as it was', () => {
    // A news page at `?q=xPYMx` once made embed.js throw in its message handler, and the embed never heard back.
    for (const url of ['https://news.example/search?q=xPYMx', 'https://news.example/xPYMxPYMx/?a=PYM&b=xPYMxPYMxPYMx#xPYMx', 'https://news.example/\\xPYMx']) {
      const info = { url, key: 'sourceline' };
      const framed = formatPymMessage('sourceline-embed-1', 'sourceline-host', encodeHostInfo(info));
      const read = parsePymMessage(framed, 'sourceline-embed-1');
      expect(read?.type).toBe('sourceline-host');
      expect(decodeHostInfo(read?.message ?? '')).toEqual(info);
    }
  });

  it('keeps only the fields it knows', () => {
    expect(decodeHostInfo('{"url":"https://a.example/","key":"k","extra":1}')).toEqual({ url: 'https://a.example/', key: 'k' });
  });
});

describe('the child’s hello and selections', () => {
  it('reads the title', () => {
    expect(decodeHello(encodeHello('Gaza truce'))).toEqual({ title: 'Gaza truce' });
    expect(decodeHello('{"title":""}')).toBeNull();
    expect(decodeHello('{"title":7}')).toBeNull();
    expect(decodeHello('oops')).toBeNull();
  });

  it('frames a title that holds pym’s delimiter or a line separator', () => {
    for (const title of ['Talks xPYMx resume', 'Line\u2028break\u2029here', 'PYMPYM xPYMxPYMx']) {
      const framed = formatPymMessage('a', 'sourceline-hello', encodeHello(title));
      expect(decodeHello(parsePymMessage(framed, 'a')?.message ?? '')).toEqual({ title });
    }
  });

  it('reads an event id, none, or nothing usable', () => {
    expect(decodeSelection('truce-extension')).toBe('truce-extension');
    expect(decodeSelection('')).toBeNull();
    expect(decodeSelection('<script>')).toBeUndefined();
    expect(decodeSelection('Upper')).toBeUndefined();
  });
});

describe('the host page’s hash', () => {
  it('reads this embed’s event among other parts', () => {
    expect(readHashParam('#sourceline=initial-truce', 'sourceline')).toBe('initial-truce');
    expect(readHashParam('#top&sourceline-2=a&sourceline=b', 'sourceline')).toBe('b');
    expect(readHashParam('#top&sourceline-2=a&sourceline=b', 'sourceline-2')).toBe('a');
    expect(readHashParam('', 'sourceline')).toBeNull();
    expect(readHashParam('#sourceline=%3Cimg%3E', 'sourceline')).toBeNull();
    expect(readHashParam('#sourceline=%E0%A4%A', 'sourceline')).toBeNull();
  });

  it('sets, replaces and removes this embed’s part, keeping the others in place', () => {
    expect(writeHashParam('', 'sourceline', 'a')).toBe('#sourceline=a');
    expect(writeHashParam('#top', 'sourceline', 'a')).toBe('#top&sourceline=a');
    expect(writeHashParam('#sourceline=a&sourceline-2=b', 'sourceline', 'c')).toBe('#sourceline=c&sourceline-2=b');
    expect(writeHashParam('#sourceline=a&sourceline-2=b', 'sourceline', null)).toBe('#sourceline-2=b');
    expect(writeHashParam('#sourceline=a', 'sourceline', null)).toBe('');
    expect(writeHashParam('#sourceline=a&sourceline=b', 'sourceline', 'c')).toBe('#sourceline=c');
  });

  it('reads back what it writes', () => {
    let hash = '#section-3';
    hash = writeHashParam(hash, 'sourceline', 'initial-truce');
    hash = writeHashParam(hash, 'sourceline-2', 'truce-extension');
    expect(readHashParam(hash, 'sourceline')).toBe('initial-truce');
    expect(readHashParam(hash, 'sourceline-2')).toBe('truce-extension');
    expect(hash.startsWith('#section-3&')).toBe(true);
  });

  it('links to one event through the host page', () => {
    expect(hostLinkFor({ url: 'https://news.example/story?p=1#sourceline=old', key: 'sourceline' }, 'new')).toBe('https://news.example/story?p=1#sourceline=new');
    expect(hostLinkFor({ url: 'https://news.example/story#top', key: 'sourceline-2' }, 'x')).toBe('https://news.example/story#top&sourceline-2=x');
  });
});

describe('the iframe’s address', () => {
  const options = { childId: 'sourceline-1', width: 640.4, parentUrl: 'https://news.example/story#sourceline=a', eventId: null };

  it('asks for the compact view and adds pym’s parameters', () => {
    const url = new URL(embedSrc('https://graphics.example/s/?theme=dark#frag', options));
    expect(url.pathname).toBe('/s/');
    expect(url.hash).toBe('');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      theme: 'dark',
      embed: '1',
      initialWidth: '640',
      childId: 'sourceline-1',
      parentUrl: 'https://news.example/story#sourceline=a',
    });
  });

  it('puts the hash’s event in place of the one the path names', () => {
    const url = new URL(embedSrc('https://graphics.example/s/events/old/?embed=1', { ...options, eventId: 'new' }));
    expect(url.pathname).toBe('/s/');
    expect(url.searchParams.get('event')).toBe('new');
    expect(url.searchParams.getAll('embed')).toEqual(['1']);
  });

  it('keeps the path’s event when the hash names none', () => {
    expect(new URL(embedSrc('https://graphics.example/s/events/old/', options)).pathname).toBe('/s/events/old/');
  });
});
