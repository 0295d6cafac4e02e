import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, formatAppUrl, formatView, parseAppUrl, parseView, relativeHref, sameState } from './appUrl';

const base = new URL('https://news.example/graphics/sourceline/');
const at = (path: string) => new URL(path, base);

describe('reading the state from a URL', () => {
  it('reads nothing from the base itself, or its index.html', () => {
    expect(parseAppUrl(at(''), base)).toEqual({ state: EMPTY_STATE, notices: [] });
    expect(parseAppUrl(at('index.html'), base).state).toEqual(EMPTY_STATE);
  });

  it('reads the event from its path, with or without the trailing slash or index.html', () => {
    for (const path of ['events/initial-truce/', 'events/initial-truce', 'events/initial-truce/index.html']) {
      expect(parseAppUrl(at(path), base).state.eventId).toBe('initial-truce');
    }
  });

  it('reads the event from the query where the path names none', () => {
    expect(parseAppUrl(at('?event=truce-extension'), base).state.eventId).toBe('truce-extension');
    expect(parseAppUrl(at('events/a/?event=b'), base).state.eventId).toBe('a');
  });

  it('reads an id over 100 characters, which no event can have, as malformed', () => {
    expect(parseAppUrl(at(`?event=${'a'.repeat(100)}`), base).state.eventId).toBe('a'.repeat(100));
    const long = parseAppUrl(at(`events/${'a'.repeat(101)}/`), base);
    expect(long.state.eventId).toBeNull();
    expect(long.notices).toEqual([{ param: 'event', value: 'a'.repeat(101), reason: 'malformed' }]);
  });

  it('reports a malformed event id and selects nothing', () => {
    const parsed = parseAppUrl(at('?event=%3Cscript%3E'), base);
    expect(parsed.state.eventId).toBeNull();
    expect(parsed.notices).toEqual([{ param: 'event', value: '<script>', reason: 'malformed' }]);
  });

  it('reads embed and theme, and reports values it does not know', () => {
    expect(parseAppUrl(at('?embed=1&theme=dark'), base).state).toMatchObject({ embed: true, theme: 'dark' });
    expect(parseAppUrl(at('?embed=0'), base).state.embed).toBe(false);
    const parsed = parseAppUrl(at('?embed=yes&theme=purple'), base);
    expect(parsed.state).toMatchObject({ embed: false, theme: null });
    expect(parsed.notices.map((n) => n.param)).toEqual(['embed', 'theme']);
  });

  it('ignores a page outside the base', () => {
    expect(parseAppUrl(new URL('https://news.example/other/events/a/'), base).state.eventId).toBeNull();
  });
});

describe('the view window', () => {
  it('reads days and minutes in UTC', () => {
    expect(parseView('2023-11-20..2023-12-01')).toEqual({ start: Date.UTC(2023, 10, 20), end: Date.UTC(2023, 11, 1) });
    expect(parseView('2023-11-24T06:00Z..2023-11-24T18:30Z')).toEqual({
      start: Date.UTC(2023, 10, 24, 6),
      end: Date.UTC(2023, 10, 24, 18, 30),
    });
  });

  it('rejects what is not a window', () => {
    for (const text of ['', 'soon', '2023-11-20', '2023-12-01..2023-11-20', '2023-11-20..2023-11-20', '2023-02-30..2023-03-01', '2023-11-20T25:00Z..2023-11-21', 'a..b..c']) {
      expect(parseView(text)).toBeNull();
    }
  });

  it('reports an unreadable view and shows the whole story', () => {
    const parsed = parseAppUrl(at('?view=yesterday'), base);
    expect(parsed.state.view).toBeNull();
    expect(parsed.notices).toEqual([{ param: 'view', value: 'yesterday', reason: 'malformed' }]);
  });

  it('writes whole days as dates and other instants to the minute, and reads them back', () => {
    expect(formatView({ start: Date.UTC(2023, 10, 20), end: Date.UTC(2023, 11, 1) })).toBe('2023-11-20..2023-12-01');
    const window = { start: Date.UTC(2023, 10, 24, 6, 0, 12), end: Date.UTC(2023, 10, 24, 18, 29, 40) };
    const text = formatView(window);
    expect(text).toBe('2023-11-24T06:00Z..2023-11-24T18:30Z');
    const back = parseView(text);
    expect(back && back.start <= window.start && back.end >= window.end).toBe(true);
  });
});

describe('writing the state to a URL', () => {
  it('puts the event in the path and the rest in the query', () => {
    const url = formatAppUrl({ eventId: 'latest-exchange', view: { start: Date.UTC(2023, 10, 24), end: Date.UTC(2023, 10, 28) }, embed: true, theme: 'light' }, base);
    expect(url.href).toBe('https://news.example/graphics/sourceline/events/latest-exchange/?view=2023-11-24..2023-11-28&embed=1&theme=light');
  });

  it('keeps parameters it does not own, such as those pym.js adds', () => {
    const current = at('?initialWidth=640&childId=story&parentUrl=https%3A%2F%2Fhost.example%2F&event=old');
    const url = formatAppUrl({ ...EMPTY_STATE, eventId: 'new' }, base, current);
    expect(url.pathname).toBe('/graphics/sourceline/events/new/');
    expect(url.searchParams.get('childId')).toBe('story');
    expect(url.searchParams.get('parentUrl')).toBe('https://host.example/');
    expect(url.searchParams.has('event')).toBe(false);
  });

  it('round-trips', () => {
    const state = { eventId: 'truce-extension', view: { start: Date.UTC(2023, 10, 27, 12), end: Date.UTC(2023, 10, 29) }, embed: false, theme: 'dark' as const };
    expect(sameState(parseAppUrl(formatAppUrl(state, base), base).state, state)).toBe(true);
  });
});

describe('relative links', () => {
  it('links between pages by relative paths', () => {
    expect(relativeHref(at(''), at('events/a/'))).toBe('events/a/');
    expect(relativeHref(at('events/b/'), at('events/a/'))).toBe('../a/');
    expect(relativeHref(at('events/b/'), at(''))).toBe('../../');
    expect(relativeHref(at('events/b/index.html'), at('?embed=1'))).toBe('../../?embed=1');
    expect(relativeHref(at(''), at(''))).toBe('./');
  });

  it('resolves back to the target from any page', () => {
    for (const from of ['', 'index.html', 'events/x/', 'events/x/index.html']) {
      for (const to of ['', 'events/y/', 'events/y/?embed=1#quote-2']) {
        expect(new URL(relativeHref(at(from), at(to)), at(from)).href).toBe(at(to).href);
      }
    }
  });

  it('keeps an absolute URL for another origin', () => {
    expect(relativeHref(at(''), new URL('https://elsewhere.example/x'))).toBe('https://elsewhere.example/x');
  });
});
