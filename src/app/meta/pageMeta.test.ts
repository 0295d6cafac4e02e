import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../shared/schema/schema';
import { clip, pageMeta } from './pageMeta';

const timeline = JSON.parse(readFileSync(new URL('../../../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8')) as Timeline;
const event = (id: string) => {
  const found = timeline.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};

describe('page titles and descriptions', () => {
  it('names the story on the main page', () => {
    const meta = pageMeta(timeline.story, null);
    expect(meta.title).toBe(`${timeline.story.title} · Sourceline`);
    expect(meta.description).toContain(timeline.story.title);
  });

  it('names the event and its date, and quotes the article', () => {
    const extension = event('truce-extension');
    const meta = pageMeta(timeline.story, extension);
    expect(meta.title).toBe('The truce is extended for three days, 28–30 November 2023 · Sourceline');
    expect(meta.description).toContain('(date inferred)');
    expect(meta.description).toContain(extension.quotes[0]?.text);
    expect(meta.keyFigure).toBe('3 days of extension');
  });

  it('keeps the qualifier of a key figure', () => {
    expect(pageMeta(timeline.story, event('west-bank-deaths')).keyFigure).toMatch(/^nearly 240 Palestinians killed/);
  });

  it('clips long text at a word, and leaves short text alone', () => {
    expect(clip('short', 10)).toBe('short');
    const clipped = clip('one two three four five six seven eight nine ten', 20);
    expect(clipped.length).toBeLessThanOrEqual(20);
    expect(clipped.endsWith('…')).toBe(true);
    expect(clipped).toBe('one two three four…');
  });

  it('gives a time in the story’s zone, named, as the list and the card do', () => {
    const story = { ...timeline.story, timeZone: 'Asia/Bangkok', timeZoneName: 'ICT' };
    const timed = { ...event('latest-exchange'), start: '2023-11-30T10:00+07:00', dateBasis: 'stated' as const };
    const meta = pageMeta(story, timed);
    expect(meta.title).toBe('The latest exchange of hostages and prisoners, 30 November 2023, 10:00 ICT · Sourceline');
    expect(meta.description.startsWith('30 November 2023, 10:00 ICT: “')).toBe(true);
  });

  it('names the declared source in the story’s preview', () => {
    const story = { ...timeline.story, source: { publisher: 'Example Wire', published: '2023-11-30' } };
    expect(pageMeta(story, null).description).toContain(`the article “${timeline.story.headlines[0]}”, Example Wire, 30 November 2023`);
  });
});
