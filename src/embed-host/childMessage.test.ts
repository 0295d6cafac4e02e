import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEventId } from '../shared/ids/eventId';
import { PYM_DELIMITER } from '../shared/embed/pymMessage';
import { readChildMessage } from './childMessage';

/**
 * The news page's reader of its embed's messages, against anything a hostile child could post
 * from the embed's own window: only sizes, hellos, selections and scroll answers in their own
 * shapes come through.
 */

const frame = (type: string, message: string) => ['pym', 'sourceline-embed-1', type, message].join(PYM_DELIMITER);
const payload = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.json(),
  fc.constantFrom('<img src=x onerror=alert(1)>', '../../evil', '__proto__', '{"__proto__":{"title":"x"}}', '-5', '1e309', 'NaN', '999999999', 'x'.repeat(5000)),
);
const message = fc.oneof(
  fc.anything(),
  fc.tuple(fc.constantFrom('height', 'sourceline-hello', 'sourceline-select', 'scrollToChildPos', 'sourceline-host', 'width', 'navigate'), payload).map(([type, text]) => frame(type, text)),
);

describe('readChildMessage', () => {
  it('never throws, and lets through only bounded sizes, titles, event ids and offsets', () => {
    fc.assert(
      fc.property(message, (data) => {
        const report = readChildMessage(data, 'sourceline-embed-1');
        if (!report) return;
        switch (report.type) {
          case 'height':
            expect(report.height).toBeGreaterThanOrEqual(0);
            expect(report.height).toBeLessThanOrEqual(100_000);
            break;
          case 'scrollToChildPos':
            expect(report.offset).toBeGreaterThanOrEqual(0);
            expect(report.offset).toBeLessThanOrEqual(100_000);
            break;
          case 'select':
            expect(report.eventId === null || isEventId(report.eventId)).toBe(true);
            break;
          case 'hello':
            expect(report.title === null || (report.title.length > 0 && report.title.length <= 300)).toBe(true);
            break;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads each of the child’s messages, and nothing for another embed', () => {
    expect(readChildMessage(frame('height', '812'), 'sourceline-embed-1')).toEqual({ type: 'height', height: 812 });
    expect(readChildMessage(frame('sourceline-select', 'truce-extension'), 'sourceline-embed-1')).toEqual({ type: 'select', eventId: 'truce-extension' });
    expect(readChildMessage(frame('sourceline-select', ''), 'sourceline-embed-1')).toEqual({ type: 'select', eventId: null });
    expect(readChildMessage(frame('sourceline-hello', '{"title":"<b>Truce</b>"}'), 'sourceline-embed-1')).toEqual({ type: 'hello', title: '<b>Truce</b>' });
    expect(readChildMessage(frame('scrollToChildPos', '40'), 'sourceline-embed-1')).toEqual({ type: 'scrollToChildPos', offset: 40 });
    expect(readChildMessage(frame('height', '812'), 'sourceline-embed-2')).toBeNull();
    expect(readChildMessage(frame('sourceline-select', '<img src=x>'), 'sourceline-embed-1')).toBeNull();
    expect(readChildMessage(frame('sourceline-select', '../../x'), 'sourceline-embed-1')).toBeNull();
  });
});
