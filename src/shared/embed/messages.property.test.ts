import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEventId } from '../ids/eventId';
import { HASH_KEY_PATTERN, decodeHello, decodeHostInfo, decodeSelection, encodeHello, encodeHostInfo, readHashParam } from './hostProtocol';
import { PYM_DELIMITER, PYM_MAX_LENGTH, formatPymMessage, isPymId, parsePixels, parsePymMessage } from './pymMessage';

/**
 * The framing and payloads both sides of the embed read, against anything a hostile page or frame
 * can post: any value, any string, huge strings, markup, `__proto__` keys. Nothing throws, nothing
 * odd is accepted, and what either side writes is read back as written.
 */

/** Strings a hostile window might post, and strings that look almost right. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', 'javascript:alert(1)', '__proto__', '{"__proto__":{"polluted":1}}', 'x'.repeat(PYM_MAX_LENGTH + 1), PYM_DELIMITER, '\u2028', '-1', '1e309', 'NaN', '99999999999'),
);
const framed = fc.tuple(fc.constantFrom('story', 'sourceline-embed-1'), fc.constantFrom('height', 'width', 'sourceline-hello', 'sourceline-host', 'sourceline-select', 'sourceline-reveal', 'scrollToChildPos', 'other'), hostileString).map(([id, type, message]) => ['pym', id, type, message].join(PYM_DELIMITER));

describe('pym framing against anything posted', () => {
  it('never throws, and reads only this child’s messages, of one type and one payload, within the size limit', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), hostileString, framed), (data) => {
        const message = parsePymMessage(data, 'story');
        if (message === null) return;
        expect(typeof data).toBe('string');
        expect((data as string).length).toBeLessThanOrEqual(PYM_MAX_LENGTH);
        expect((data as string).startsWith(`pym${PYM_DELIMITER}story${PYM_DELIMITER}`)).toBe(true);
        expect(message.type).toMatch(/^\S+$/);
        expect(message.message.includes(PYM_DELIMITER) || message.type.includes(PYM_DELIMITER)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back exactly what it frames, and refuses to frame what it could not read back', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), hostileString, (id, type, message) => {
        let text: string;
        try {
          text = formatPymMessage(id, type, message);
        } catch {
          // Refused: the parts would make the frame ambiguous.
          expect(!isPymId(id) || !/^\S+$/.test(type) || type.includes(PYM_DELIMITER) || message.includes(PYM_DELIMITER) || /[\n\r\u2028\u2029]/.test(message)).toBe(true);
          return;
        }
        if (text.length <= PYM_MAX_LENGTH) expect(parsePymMessage(text, id)).toEqual({ type, message });
      }),
      { numRuns: 1000 },
    );
  });

  it('reads pixels only as a bounded, whole, non-negative number', () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        const pixels = parsePixels(text);
        if (pixels !== null) {
          expect(Number.isInteger(pixels)).toBe(true);
          expect(pixels).toBeGreaterThanOrEqual(0);
          expect(pixels).toBeLessThanOrEqual(100_000);
        }
      }),
    );
  });
});

describe('sourceline payloads against anything posted', () => {
  const json = fc.oneof(hostileString, fc.json(), fc.constantFrom('{"__proto__":{"url":"https://evil.example/","key":"sourceline"}}', '{"url":"https://news.example/","key":"sourceline","__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}'));

  it('never throws, and accepts only well-formed selections, hosts and hellos', () => {
    fc.assert(
      fc.property(json, (text) => {
        const selection = decodeSelection(text);
        expect(selection === undefined || selection === null || isEventId(selection)).toBe(true);
        const host = decodeHostInfo(text);
        if (host) {
          expect(['http:', 'https:']).toContain(new URL(host.url).protocol);
          expect(host.key).toMatch(HASH_KEY_PATTERN);
          expect(Object.keys(host)).toEqual(['url', 'key']);
        }
        const hello = decodeHello(text);
        if (hello) expect(hello.title.length).toBeGreaterThan(0);
        expect(readHashParam(`#${text}`, 'sourceline') === null || isEventId(readHashParam(`#${text}`, 'sourceline') ?? '')).toBe(true);
        // No payload reaches Object.prototype.
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('a __proto__ key is an own key of the payload, never the prototype of what is read', () => {
    expect(decodeHostInfo('{"__proto__":{"url":"https://evil.example/","key":"sourceline"}}')).toBeNull();
    expect(decodeHostInfo('{"url":"https://news.example/a","key":"sourceline","__proto__":{"url":"https://evil.example/"}}')).toEqual({ url: 'https://news.example/a', key: 'sourceline' });
  });

  it('reads back every host and hello it writes, whatever the page’s address and the title hold', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.stringMatching(HASH_KEY_PATTERN), fc.string({ minLength: 1, maxLength: 300 }), (url, key, title) => {
        fc.pre(url.length <= 2000);
        expect(decodeHostInfo(encodeHostInfo({ url, key }))).toEqual({ url, key });
        expect(decodeHello(encodeHello(title))).toEqual({ title });
        // And pym's framing can carry both.
        expect(() => formatPymMessage('story', 'sourceline-host', encodeHostInfo({ url: `${url}xPYMx`, key }))).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
