import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareRender, renderPage } from '../entry-server';

beforeAll(prepareRender);
import { validateTimeline } from '../shared/schema/validate';
import type { Timeline } from '../shared/schema/schema';

// The whole page of a story, rendered as the prerender does, with the story's language changed:
// every date and number a reader sees follows it, and English stays as it was.

const result = validateTimeline(JSON.parse(readFileSync(join(process.cwd(), 'public/gaza-truce/data/timeline.json'), 'utf8')));
if (!result.ok) throw new Error('the committed timeline does not validate');
const english = result.timeline;
const inLanguage = (lang: string): Timeline => ({ ...english, story: { ...english.story, lang } });
const page = (timeline: Timeline) => renderPage('http://site.example/gaza-truce/', 'http://site.example/gaza-truce/', 'http://site.example/', timeline).html;
/** The page's text, markup and comments set aside. */
const text = (html: string) => html.replace(/<!--.*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** What the app itself writes as dates: every `<time>` element's text and every axis label (the data's own notes stay as written). */
const writtenDates = (html: string) => [...html.matchAll(/<(time|text)\b[^>]*>(.*?)<\/\1>/g)].map((match) => text(match[2]!).trim()).filter(Boolean);
const ENGLISH_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;

describe('a story’s dates and numbers in its language', () => {
  it('leaves an English story as it was', () => {
    const words = text(page(english));
    expect(words).toContain('Timeline, 7 October – 30 November 2023');
    expect(words).toContain('24–27 November 2023');
    expect(words).not.toMatch(/novembre|[٠-٩]/u);
  });

  it('writes a French story’s dates in French, on the axis, in the list and in the header', () => {
    const html = page(inLanguage('fr'));
    const words = text(html);
    expect(words).toContain('Chronologie, 7 octobre – 30 novembre 2023');
    expect(words).toContain('24–27 novembre 2023');
    expect(words).toContain('27 nov.');
    expect(words).toMatch(/Date de l’article : 30 novembre 2023/);
    const dates = writtenDates(html);
    expect(dates.length).toBeGreaterThan(40);
    expect(dates.filter((date) => ENGLISH_MONTH.test(date))).toEqual([]);
  });

  it('writes an Egyptian Arabic story’s dates and figures in its own digits', () => {
    const html = page(inLanguage('ar-EG'));
    const words = text(html);
    expect(words).toContain('٢٤–٢٧ نوفمبر ٢٠٢٣');
    // Every figure's value, in the list and the figures, in Arabic-Indic digits.
    for (const figure of english.events.flatMap((event) => event.figures)) {
      expect(words).toContain(new Intl.NumberFormat('ar-EG', { maximumFractionDigits: 20 }).format(figure.value));
    }
    // No date the app writes is left in English or in Latin digits.
    const dates = writtenDates(html);
    expect(dates.length).toBeGreaterThan(40);
    expect(dates.filter((date) => ENGLISH_MONTH.test(date) || /[0-9]/.test(date))).toEqual([]);
  });

  it('sets a right-to-left story’s dates, titles and axis labels apart in their direction, and an English one not at all', () => {
    const arabic = page(inLanguage('ar'));
    const times = [...arabic.matchAll(/<time\b[^>]*>/g)].map((match) => match[0]);
    expect(times.length).toBeGreaterThan(20);
    expect(times.filter((tag) => !tag.includes('dir="rtl"'))).toEqual([]);
    expect(arabic).toMatch(/الخط الزمني، <span dir="rtl">7 أكتوبر – 30 نوفمبر 2023<\/span>/);
    expect(arabic).toMatch(/<text class="axis__label[^"]*"[^>]*direction="rtl"[^>]*>\d+ نوفمبر<\/text>/);
    // A title is the author's, in whatever language: in a right-to-left story it takes the direction of its own words.
    expect(arabic).toMatch(/<span class="mark__label"[^>]*dir="auto"/);
    const plain = page(english);
    expect(plain).not.toMatch(/\bdir="rtl"|direction="rtl"/);
  });
});
