import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../src/shared/schema/schema';
import { siteIndex, slugOf, slugProblem, storyIndexEntry, storyPath } from './site';

const committed = (slug: string) => JSON.parse(readFileSync(new URL(`../../public/${slug}/data/timeline.json`, import.meta.url), 'utf8')) as Timeline;

describe('the stories of a site', () => {
  it('takes each story’s slug from its authoring file’s name', () => {
    expect(slugOf('nigeria-election-2023.events.yaml')).toBe('nigeria-election-2023');
  });

  it('refuses a slug that cannot be a folder of every address, or one the root already uses', () => {
    expect(slugProblem('gaza-truce')).toBeNull();
    expect(slugProblem('000_126b9c83ffb51b79')).toMatch(/^"000_126b9c83ffb51b79" cannot be a story's folder: name the file with lowercase letters, digits and hyphens/);
    expect(slugProblem('Storms')).not.toBeNull();
    expect(slugProblem('a'.repeat(61))).toMatch(/is 61 characters; a story's folder is at most 60$/);
    for (const taken of ['assets', 'cards', 'data', 'events', 'icons']) expect(slugProblem(taken)).toMatch(/already uses/);
  });

  it('puts a story alone at the site’s root, and each of several in its own folder', () => {
    expect(storyPath('gaza-truce', 1)).toBe('');
    expect(storyPath('gaza-truce', 2)).toBe('gaza-truce/');
  });
});

describe('the index page’s data', () => {
  it('says what the index shows of the election story: its days, events, source and key figure', () => {
    expect(storyIndexEntry(committed('nigeria-election-2023'), 'nigeria-election-2023', 'nigeria-election-2023/')).toEqual({
      slug: 'nigeria-election-2023',
      path: 'nigeria-election-2023/',
      title: 'Electoral commission declares Bola Tinubu victor in Nigerian presidential election',
      headline: 'Electoral commission declares Bola Tinubu victor in Nigerian presidential election',
      date: '2023-03-03',
      dateBasis: 'stated',
      publisher: 'Wikinews',
      events: 10,
      firstDay: '2023-02-25',
      lastDay: '2023-03-03',
      keyFigure: { value: 8794726, text: '8,794,726 votes for Bola Tinubu', event: 'Tinubu wins 8,794,726 votes and 12 states' },
      timeZone: 'Africa/Lagos',
      timeZoneName: 'WAT',
    });
  });

  it('takes the truce story’s key figure from its first figure group, and its last day from the end of its last period', () => {
    const entry = storyIndexEntry(committed('gaza-truce'), 'gaza-truce', 'gaza-truce/');
    expect(entry.keyFigure).toEqual({ value: 8, text: '8 Israeli hostages released by Hamas', event: 'The latest exchange of hostages and prisoners' });
    expect([entry.firstDay, entry.lastDay, entry.events]).toEqual(['2023-10-07', '2023-11-30', 18]);
    expect(entry.publisher).toBeUndefined();
  });

  it('carries a story’s language, and writes its key figure in it', () => {
    const truce = committed('gaza-truce');
    expect(storyIndexEntry(truce, 'gaza-truce', 'gaza-truce/')).not.toHaveProperty('lang');
    const entry = storyIndexEntry({ ...truce, story: { ...truce.story, lang: 'ar-EG' } }, 'gaza-truce', 'gaza-truce/');
    expect(entry.lang).toBe('ar-EG');
    expect(entry.keyFigure?.text).toBe('٨ Israeli hostages released by Hamas');
  });

  it('lists the latest story first, and names the story keeping the root’s links only when there are several', () => {
    const truce = storyIndexEntry(committed('gaza-truce'), 'gaza-truce', 'gaza-truce/');
    const election = storyIndexEntry(committed('nigeria-election-2023'), 'nigeria-election-2023', 'nigeria-election-2023/');
    const index = siteIndex([election, truce], 'gaza-truce');
    expect(index.stories.map((s) => s.slug)).toEqual(['gaza-truce', 'nigeria-election-2023']);
    expect(index.rootLinks).toBe('gaza-truce');
    expect(siteIndex([{ ...truce, path: '' }], 'gaza-truce')).toEqual({ version: 1, stories: [{ ...truce, path: '' }] });
  });

  it('leaves out a key figure when the story has none to chart', () => {
    const timeline = committed('nigeria-election-2023');
    const entry = storyIndexEntry({ ...timeline, events: timeline.events.map((e) => ({ ...e, figures: [] })) }, 'x', 'x/');
    expect(entry.keyFigure).toBeUndefined();
  });
});
