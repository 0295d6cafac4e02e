import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HASH_KEY_PATTERN } from '../../shared/embed/hostProtocol';
import { PYM_DELIMITER } from '../../shared/embed/pymMessage';
import { isEventId } from '../../shared/ids/eventId';
import { readParentMessage, readPymParams, type PymParams } from './pymChild';

/**
 * The embed's reader of its parent's messages, against a hostile parent or any other window:
 * wrong origins, wrong senders, wrong shapes, huge strings, markup in ids, `__proto__` keys.
 * Only the parent's own window, from its own origin, gets a request through, and only in shape.
 */

const params = readPymParams('childId=story&parentUrl=https%3A%2F%2Fnews.example%2Fa') as PymParams;
const parent = { name: 'the parent window' };
const payload = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.json(),
  fc.constantFrom('<img src=x onerror=alert(1)>', '__proto__', '{"__proto__":{"url":"https://evil.example/","key":"sourceline"}}', '{"url":"javascript:alert(1)","key":"sourceline"}', '1e309', 'x'.repeat(5000)),
);
const data = fc.oneof(
  fc.anything(),
  fc.tuple(fc.constantFrom('story', 'other'), fc.constantFrom('width', 'sourceline-host', 'sourceline-select', 'sourceline-reveal', 'height', 'navigate'), payload).map(([id, type, text]) => ['pym', id, type, text].join(PYM_DELIMITER)),
);
const origin = fc.constantFrom('https://news.example', 'https://evil.example', 'null', 'http://news.example', 'https://news.example:8443');
const source = fc.constantFrom<unknown>(parent, null, { name: 'another frame' }, globalThis);

describe('readParentMessage against anything posted to the embed', () => {
  it('never throws, answers only the parent’s own window and origin, and only with requests in shape', () => {
    fc.assert(
      fc.property(data, origin, source, (message, from, sender) => {
        const request = readParentMessage({ data: message, origin: from, source: sender }, params, parent);
        if (!request) return;
        expect(sender).toBe(parent);
        expect(from).toBe('https://news.example');
        if (request.type === 'width') expect(request.width).toBeLessThanOrEqual(100_000);
        if (request.type === 'select') expect(request.eventId === null || isEventId(request.eventId)).toBe(true);
        if (request.type === 'host') {
          expect(['http:', 'https:']).toContain(new URL(request.host.url).protocol);
          expect(request.host.key).toMatch(HASH_KEY_PATTERN);
        }
        expect(({} as Record<string, unknown>).url).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('reads no pym parameters it could not talk back through safely', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.oneof(fc.webUrl(), fc.string({ maxLength: 30 }), fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd')), fc.string({ maxLength: 12 }), (childId, parentUrl, width) => {
        const read = readPymParams(new URLSearchParams({ childId, parentUrl, initialWidth: width }));
        if (!read) return;
        expect(['http:', 'https:']).toContain(new URL(read.parentUrl).protocol);
        expect(read.parentOrigin).toBe(new URL(read.parentUrl).origin);
        expect(read.initialWidth === null || (read.initialWidth > 0 && read.initialWidth <= 100_000)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
