import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../src/shared/schema/schema.ts';
import { emojiFontsFor, fallbackFontsFor, parseUnicodeRange, slicesFor } from './cardFonts.ts';
import { cardSource, cardSvg, eventCardContent, type CardContent } from './socialCard.ts';
import { defaultKinds } from '../../src/shared/schema/storyVocabulary.ts';

/**
 * Social cards in other scripts. A character no font has is drawn as an empty box, an outline of
 * straight lines only, where letters and emoji have curves. A card whose every word is in one
 * script therefore shows whether that script was drawn: curves in its outlines, or none.
 */

/** A card with nothing on it but `text`. */
const only = (text: string): CardContent => ({ eyebrow: text, title: text, date: text, figures: [], quote: text, source: text, accent: '#0b5cad' });

/** True when some outline of the card's text has a curve: something other than empty boxes was drawn. */
const hasCurves = (svg: string) => [...svg.matchAll(/<path fill="[^"]*" d="([^"]*)"/g)].some(([, d = '']) => /[QCqc]/.test(d));

describe('social cards in other scripts', () => {
  it.each([
    ['Hebrew', 'הפסקת האש'],
    ['Arabic', 'الهدنة في غزة'],
    ['Chinese', '加沙停火'],
    ['Cyrillic', 'Перемирие'],
    ['Greek', 'Ελλάδα'],
  ])('draw %s as letters, not empty boxes', async (_script, text) => {
    expect(hasCurves(await cardSvg(only(text)))).toBe(true);
  });

  it('would show boxes as outlines without curves', async () => {
    // The measure itself: private-use characters, which no font has, draw boxes only.
    expect(hasCurves(await cardSvg(only('\uE000\uE001 \uE002')))).toBe(false);
  });

  it('draw emoji, flags and joined sequences as pictures', async () => {
    for (const emoji of ['🕊️', '🙏', '🇮🇱', '👨‍👩‍👧']) {
      const drawn = await cardSvg(only(emoji));
      expect(drawn, emoji).toContain('<image');
    }
  });

  it('read no extra font for a card in English', () => {
    const text = 'Sourceline · Exchange The truce is extended — “Twelve people were released”, 24–27 November 2023 (date inferred) 1,234 €';
    expect(fallbackFontsFor(text)).toEqual([]);
    expect(slicesFor(text)).toEqual([]);
  });

  it('read only the slices a card’s characters need', () => {
    expect(new Set(slicesFor('ש').map((slice) => slice.name))).toEqual(new Set(['Noto Sans Hebrew']));
    expect(slicesFor('ש').map((slice) => slice.weight).sort()).toEqual([400, 700]);
    expect(emojiFontsFor('🙏')).toHaveLength(1);
    expect(fallbackFontsFor('🙏')).toEqual([]);
  });

  it('read unicode-range as CSS writes it', () => {
    expect(parseUnicodeRange('U+0460-052F,U+20B4, U+1F6??')).toEqual([
      [0x460, 0x52f],
      [0x20b4, 0x20b4],
      [0x1f600, 0x1f6ff],
    ]);
  });
});

const { story, events } = JSON.parse(readFileSync(new URL('../../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8')) as Timeline;

describe('the words of a social card', () => {
  it('name the source as declared, or the article’s headline when no publisher is given', () => {
    expect(cardSource(story)).toBe(`Source: the article “${story.headlines[0]}”`);
    expect(cardSource({ ...story, source: { publisher: 'Example Wire', published: '2023-11-30' } })).toBe('Source: Example Wire, 30 November 2023');
  });

  it('give a time in the story’s zone, as the page does', () => {
    const zoned = { ...story, timeZone: 'Asia/Bangkok' };
    const card = eventCardContent({ ...events[0]!, start: '2023-10-07T06:30+07:00', dateBasis: 'stated' }, zoned, defaultKinds());
    expect(card.date).toBe('7 October 2023, 06:30 Bangkok time');
  });
});
