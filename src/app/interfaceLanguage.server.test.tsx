// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getByRole, queryByRole } from '@testing-library/dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareRender, renderPage } from '../entry-server';

beforeAll(prepareRender);
import { validateTimeline } from '../shared/schema/validate';
import type { Timeline } from '../shared/schema/schema';

// The page of a story as the prerender writes it (what a reader without JavaScript gets, and what
// the app hydrates), read as a screen reader reads it: the names of its controls and what its live
// region announces, in the interface's words for the story's language.

const result = validateTimeline(JSON.parse(readFileSync(join(process.cwd(), 'public/gaza-truce/data/timeline.json'), 'utf8')));
if (!result.ok) throw new Error('the committed timeline does not validate');
const english = result.timeline;
const inLanguage = (lang: string): Timeline => ({ ...english, story: { ...english.story, lang } });

/** The event page of `truce-extension`, its body in a document, as a browser would hold it. */
function eventPage(timeline: Timeline): HTMLElement {
  const base = 'http://site.example/gaza-truce/';
  const { html } = renderPage(`${base}events/truce-extension/`, base, 'http://site.example/', timeline);
  document.documentElement.lang = timeline.story.lang ?? 'en';
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.body;
}

const liveRegion = (page: HTMLElement) => page.querySelector('[aria-live="polite"]')?.textContent;

describe('the interface speaks the story’s language', () => {
  it('names an English story’s controls and announces its selection in English, as before', () => {
    const page = eventPage(english);
    expect(getByRole(page, 'link', { name: 'Skip to the timeline' })).toBeTruthy();
    expect(getByRole(page, 'group', { name: 'Zoom' })).toBeTruthy();
    expect(getByRole(page, 'button', { name: 'Zoom in' })).toBeTruthy();
    expect(getByRole(page, 'button', { name: 'Reset' })).toBeTruthy();
    expect(getByRole(page, 'navigation', { name: 'Events one by one' })).toBeTruthy();
    expect(getByRole(page, 'slider', { name: 'Part of the story in view' })).toBeTruthy();
    expect(getByRole(page, 'button', { name: 'Copy link' })).toBeTruthy();
    expect(getByRole(page, 'heading', { name: 'Selected event' })).toBeTruthy();
    expect(liveRegion(page)).toBe('Selected: The truce is extended for three days, 28–30 November 2023');
    // An English story's interface is the story's language: nothing is marked apart.
    expect(page.querySelector('#root [lang]')).toBeNull();
    expect(page.querySelector('.timeline__controls')?.hasAttribute('dir')).toBe(false);
  });

  it('names an Arabic story’s controls and announces its selection in Arabic', () => {
    const page = eventPage(inLanguage('ar'));
    expect(getByRole(page, 'link', { name: 'انتقل إلى الخط الزمني' })).toBeTruthy();
    expect(getByRole(page, 'group', { name: 'التكبير' })).toBeTruthy();
    expect(getByRole(page, 'button', { name: 'تكبير' })).toBeTruthy();
    expect(getByRole(page, 'button', { name: 'تصغير' })).toBeTruthy();
    expect(getByRole(page, 'button', { name: 'عرض الكل' })).toBeTruthy();
    expect(getByRole(page, 'navigation', { name: 'الأحداث واحدًا تلو الآخر' })).toBeTruthy();
    expect(getByRole(page, 'slider', { name: 'الجزء المعروض من القصة' })).toBeTruthy();
    expect(getByRole(page, 'button', { name: 'نسخ الرابط' })).toBeTruthy();
    expect(getByRole(page, 'heading', { name: 'الحدث المختار' })).toBeTruthy();
    expect(getByRole(page, 'group', { name: /^الأحداث المعروضة\./ })).toBeTruthy();
    // A mark's name: its date, words and kind, joined as Arabic joins them.
    expect(getByRole(page, 'button', { name: /^28–30 نوفمبر 2023 \(تاريخ مستنتج\): The truce is extended for three days، / })).toBeTruthy();
    expect(liveRegion(page)).toBe('تم اختيار: The truce is extended for three days، 28–30 نوفمبر 2023');
    // Inside the chart, drawn left to right, the interface's Arabic sentences run right to left.
    expect(getByRole(page, 'heading', { level: 2, name: /^الخط الزمني، / }).getAttribute('dir')).toBe('rtl');
    expect(page.querySelector('.timeline__controls')?.getAttribute('dir')).toBe('rtl');
    expect(queryByRole(page, 'button', { name: /Zoom in/ })).toBeNull();
    // Arabic has a catalogue: its words are the page's language, nothing is marked English.
    expect(page.querySelector('#root [lang="en"]')).toBeNull();
  });

  it('speaks English in a story whose language has no catalogue, and marks those words English', () => {
    const page = eventPage(inLanguage('fa'));
    expect(getByRole(page, 'button', { name: 'Zoom in' }).closest('[lang]')?.getAttribute('lang')).toBe('en');
    expect(getByRole(page, 'link', { name: 'Skip to the timeline' }).closest('[lang]')?.getAttribute('lang')).toBe('en');
    expect(getByRole(page, 'heading', { name: 'Selected event' }).getAttribute('lang')).toBe('en');
    const live = page.querySelector('[aria-live="polite"]');
    expect(live?.getAttribute('lang')).toBe('en');
    expect(live?.textContent).toMatch(/^Selected: The truce is extended for three days, /);
    // The story's own words inside an English sentence say their language again.
    const heading = getByRole(page, 'heading', { level: 2, name: /^Timeline, / });
    expect(heading.getAttribute('lang')).toBe('en');
    expect(heading.querySelector('span[lang="fa"][dir="rtl"]')?.textContent).toMatch(/۱۴۰۲/);
  });
});
