import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEventId } from '../../shared/ids/eventId';
import { formatAppUrl, parseAppUrl, parseView, type AppUrlState } from './appUrl';

/**
 * The URL reader against any link a reader could be sent: whatever the parameters and the path
 * hold (markup, `javascript:`, controls, malformed percent-encoding, thousands of characters), it
 * never throws, what it reads is always a state the app can show, and whatever it cannot read is
 * one notice quoting the link's own words.
 */

const base = new URL('https://graphics.example.com/news/sourceline/');

/** Text a hostile link might carry. */
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', 'javascript:alert(1)', '__proto__', 'constructor', '../../etc/passwd', '%E0%A4%A', '\u202Eevil', 'a'.repeat(5000), '1990-01-01..1990-01-05', '2023-02-30..2023-03-01', '', ' '),
);

function expectShowable(state: AppUrlState): void {
  expect(state.eventId === null || isEventId(state.eventId)).toBe(true);
  expect(state.theme === null || state.theme === 'light' || state.theme === 'dark').toBe(true);
  expect(typeof state.embed).toBe('boolean');
  if (state.view) {
    expect(Number.isFinite(state.view.start) && Number.isFinite(state.view.end)).toBe(true);
    expect(state.view.start).toBeLessThan(state.view.end);
  }
}

describe('parseAppUrl on any link', () => {
  it('never throws, reads only showable states, and quotes each parameter it cannot use once, as written', () => {
    fc.assert(
      fc.property(fc.record({ event: fc.option(hostileText), view: fc.option(hostileText), embed: fc.option(hostileText), theme: fc.option(hostileText) }), (params) => {
        const url = new URL(base);
        for (const [name, value] of Object.entries(params)) if (value !== null) url.searchParams.set(name, value);
        const { state, notices } = parseAppUrl(url, base);
        expectShowable(state);
        for (const notice of notices) {
          // The notice quotes the parameter exactly as the link gave it, and the state ignored it.
          expect(notice.value).toBe(url.searchParams.get(notice.param));
          if (notice.param === 'event') expect(state.eventId).toBeNull();
          if (notice.param === 'view') expect(state.view).toBeNull();
          if (notice.param === 'theme') expect(state.theme).toBeNull();
        }
        expect(new Set(notices.map((n) => n.param)).size).toBe(notices.length);
        // A parameter given and not refused was used.
        if (params.event && !notices.some((n) => n.param === 'event')) expect(state.eventId).toBe(params.event);
        if (params.theme && !notices.some((n) => n.param === 'theme')) expect(state.theme).toBe(params.theme);
      }),
      { numRuns: 500 },
    );
  });

  it('reads any path below the base, encoded or not, without throwing; an event path names an event or gets a notice', () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (segment, encode) => {
        let written: string;
        let url: URL;
        try {
          written = encode ? encodeURIComponent(segment) : segment;
          url = new URL(`events/${written}/`, base);
        } catch {
          return; // Not a URL a browser could be at (a lone surrogate).
        }
        const { state, notices } = parseAppUrl(url, base);
        expectShowable(state);
        // Where the path is exactly events/<segment>/, the segment is the event or the notice quotes it.
        if (encode && segment !== '' && url.pathname === `${base.pathname}events/${written}/`) {
          if (isEventId(segment)) expect(state.eventId).toBe(segment);
          else expect(notices).toContainEqual({ param: 'event', value: segment, reason: 'malformed' });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads back every state it writes, and keeps the parameters it does not know, whatever they hold', () => {
    const view = fc
      .tuple(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 1, max: 40_000 }))
      .map(([start, length]) => ({ start: Date.UTC(2000, 0, 1) + start * 60_000 * 30, end: Date.UTC(2000, 0, 1) + start * 60_000 * 30 + length * 60_000 }));
    const state = fc.record({
      eventId: fc.option(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,99}$/)),
      view: fc.option(view),
      embed: fc.boolean(),
      theme: fc.constantFrom(null, 'light' as const, 'dark' as const),
    });
    fc.assert(
      fc.property(state, fc.dictionary(fc.constantFrom('childId', 'parentUrl', 'initialWidth', 'q', 'utm_source'), hostileText), (wanted, foreign) => {
        const current = new URL(base);
        for (const [name, value] of Object.entries(foreign)) current.searchParams.set(name, value);
        const url = formatAppUrl(wanted, base, current);
        const { state: read, notices } = parseAppUrl(url, base);
        expect(notices).toEqual([]);
        expect(read).toEqual(wanted);
        for (const [name, value] of Object.entries(foreign)) expect(url.searchParams.get(name)).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a view only when both ends are real instants in order', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const view = parseView(text);
        if (view) expect(view.start).toBeLessThan(view.end);
      }),
    );
    expect(parseView('2023-02-28..2023-02-30')).toBeNull();
    expect(parseView('2023-11-24T24:00Z..2023-11-25')).toBeNull();
  });
});
