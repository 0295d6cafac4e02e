import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Figure } from '../src/shared/schema/schema';
import { formatFigure } from '../src/shared/format/figures';
import { formatDateRange } from '../src/shared/time/calendar';
import { liveRegionTexts } from './support/a11y';
import { CROWD_DAY_VIEW, serveCrowdTimeline } from './support/crowd';

/**
 * What a screen reader meets: landmarks, one h1 and headings in order, the page's language; the
 * chart as a figure with a title and a caption, every mark and cluster named; the list of every
 * event in every layout; and one polite announcement per selection, from one place only.
 */

interface RawEvent {
  id: string;
  title: string;
  start: string;
  end?: string;
  dateBasis: string;
  figures: Figure[];
  quotes: { text: string }[];
}
const timeline = JSON.parse(readFileSync(new URL('../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8')) as { story: { title: string }; events: RawEvent[] };

async function ready(page: Page) {
  await expect(page.locator('figure.timeline:not(.timeline--unmeasured)')).toBeVisible();
}

/** The headings as the accessibility tree has them, in reading order. */
async function headings(page: Page): Promise<{ level: number; name: string }[]> {
  const tree = await page.locator('body').ariaSnapshot();
  // A name with a colon in it comes quoted as a whole line: - 'heading "Timeline: …" [level=1]'
  return [...tree.matchAll(/- '?heading "((?:[^"\\]|\\.)*)" \[level=(\d)\]/g)].map((m) => ({ name: m[1] ?? '', level: Number(m[2]) }));
}

/** Problems with the outline: not exactly one h1, or a level skipped on the way down. */
function outlineProblems(list: readonly { level: number; name: string }[]): string[] {
  const problems: string[] = [];
  const ones = list.filter((h) => h.level === 1);
  if (ones.length !== 1) problems.push(`${ones.length} h1 headings: ${ones.map((h) => h.name).join(' | ')}`);
  if (list[0]?.level !== 1) problems.push(`the first heading is not the h1: ${list[0]?.name}`);
  list.forEach((heading, index) => {
    const previous = list[index - 1];
    if (previous && heading.level > previous.level + 1) problems.push(`h${heading.level} “${heading.name}” follows h${previous.level} “${previous.name}”`);
  });
  return problems;
}

test.describe('structure', () => {
  test('the full page: language, landmarks, one h1 and headings in order, on the main page and on an event’s page', async ({ page }) => {
    for (const path of ['./', 'events/latest-exchange/']) {
      await page.goto(path);
      await ready(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(timeline.story.title);
      const list = await headings(page);
      expect(outlineProblems(list), JSON.stringify(list)).toEqual([]);
      // The article's own headline is a heading inside "The article", not a second h1.
      const article = list.findIndex((h) => h.name === 'The article');
      expect(list[article + 1]).toEqual({ level: 3, name: timeline.story.title });
    }
  });

  test('the embed: language, one main and no page header, one h1, headings in order with everything unfolded', async ({ page }) => {
    await page.goto('events/latest-exchange/?embed=1');
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('banner')).toHaveCount(0);
    await page.getByRole('button', { name: 'Show the article' }).click();
    for (const summary of await page.locator('.embed-layout summary').all()) await summary.click();
    const list = await headings(page);
    expect(outlineProblems(list), JSON.stringify(list)).toEqual([]);
    expect(list[0]?.name).toBe(`Timeline: ${timeline.story.title}`);
  });
});

test.describe('the chart', () => {
  test('is a figure with a title and a caption naming the source', async ({ page }) => {
    await page.goto('./');
    await ready(page);
    const figure = page.getByRole('figure', { name: /^Timeline, / });
    await expect(figure).toHaveCount(1);
    await expect(figure.locator('figcaption')).toContainText(`Source: the article “${timeline.story.title}”`);
  });

  test('names every mark with its date, “date inferred” where it is, its title and figures', async ({ page }) => {
    const named = new Set<string>();
    // The whole story, then views in which every event stands alone.
    const views = ['', '?view=2023-10-07..2023-10-08', '?view=2023-11-24..2023-11-25', '?view=2023-11-28..2023-11-29'];
    views.push('?view=2023-11-30T00:00Z..2023-11-30T08:00Z', '?view=2023-11-30T08:00Z..2023-11-30T16:00Z', '?view=2023-11-30T16:00Z..2023-12-01');
    for (const view of views) {
      await page.goto(`./${view}`);
      await ready(page);
      await expect(page.locator('.url-notice')).toHaveCount(0);
      const singles = await page.locator('[data-event-id]').evaluateAll((marks) => marks.map((m) => ({ id: m.getAttribute('data-event-id') ?? '', label: m.getAttribute('aria-label') ?? '' })));
      for (const { id, label } of singles) {
        const event = timeline.events.find((e) => e.id === id);
        if (!event) throw new Error(`a mark for an unknown event ${id}`);
        const date = `${formatDateRange(event.start, event.end)}${event.dateBasis === 'inferred' ? ' (date inferred)' : ''}`;
        expect(label.startsWith(`${date}: ${event.title}`), `${id}: ${label}`).toBe(true);
        for (const figure of event.figures) expect(label, id).toContain(formatFigure(figure));
        named.add(id);
      }
      // The real story needs no count anywhere: every event is its own mark.
      await expect(page.locator('[data-cluster-size]')).toHaveCount(0);
    }
    expect([...named].sort()).toEqual(timeline.events.map((e) => e.id).sort());
  });

  test('a count (a crowd more than a lane can stack) says how many events it holds and what activating it does', async ({ page }) => {
    await serveCrowdTimeline(page);
    await page.goto(`./?view=${CROWD_DAY_VIEW}`);
    await ready(page);
    const clusters = await page.locator('[data-cluster-size]').evaluateAll((marks) => marks.map((m) => ({ size: m.getAttribute('data-cluster-size') ?? '', label: m.getAttribute('aria-label') ?? '' })));
    expect(clusters.length).toBeGreaterThan(0);
    for (const { size, label } of clusters) expect(label).toMatch(new RegExp(`^${size} events in Diplomacy, statements on 15 November 2023, 09:00 UTC\\. Activate to zoom to them$`));
  });
});

test.describe('the list of every event', () => {
  async function expectEveryEvent(page: Page) {
    const list = page.getByRole('region', { name: 'Every event, in date order' });
    await expect(list.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(timeline.events.length);
    const text = (await list.textContent()) ?? '';
    for (const event of timeline.events) {
      expect(text).toContain(event.title);
      expect(text).toContain(formatDateRange(event.start, event.end));
      for (const figure of event.figures) expect(text).toContain(formatFigure(figure));
      for (const quote of event.quotes) expect(text).toContain(quote.text);
    }
  }

  test('is in the full page at every width, and in the embed behind a disclosure', async ({ page }) => {
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('./');
      await ready(page);
      await expectEveryEvent(page);
    }
    await page.goto('./?embed=1');
    await ready(page);
    const fold = page.locator('details', { has: page.getByText('Every event, as a list') });
    await expect(fold).not.toHaveAttribute('open');
    await fold.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(fold).toHaveAttribute('open', '');
    await expectEveryEvent(page);
  });
});

test.describe('announcements', () => {
  /** The live regions whose text changed to something, between two readings. */
  const changed = (before: readonly string[], after: readonly string[]) => after.filter((text, index) => text !== '' && text !== before[index]);

  test('each selection is announced once, politely, by one region only, whichever way it was made', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await ready(page);
    const polite = page.locator('#event-detail [aria-live="polite"]');
    const selections: [string, () => Promise<void>][] = [
      ['the list', () => page.locator('[data-list-event-id="truce-extension"] .event-card__title button').click()],
      ['a mark in the chart', () => page.locator('[data-event-id="initial-truce"]').click()],
      ['the article', () => page.getByRole('link', { name: 'However, Israel has not yet responded to this offer.' }).click()],
      ['the figures', () => page.locator('section.figures a.figure-link').first().click()],
    ];
    for (const [how, select] of selections) {
      // A copied link's status is on screen, then the next selection empties it rather than saying more.
      const copy = page.locator('#event-detail').getByRole('button', { name: 'Copy link' });
      if ((await copy.count()) > 0) {
        await copy.click();
        await expect(page.locator('#event-detail').getByRole('status')).toHaveText('Link copied');
      }
      const before = await liveRegionTexts(page);
      await select();
      await expect(polite).toHaveText(/^Selected: /);
      const now = changed(before, await liveRegionTexts(page));
      expect(now, how).toEqual([await polite.textContent()]);
      expect(await polite.getAttribute('aria-atomic')).toBe('true');
    }
    // No other region repeats what the detail announces.
    const texts = (await liveRegionTexts(page)).filter(Boolean);
    expect(new Set(texts).size).toBe(texts.length);
  });

  test('in the embed too', async ({ page }) => {
    await page.goto('./?embed=1');
    await ready(page);
    const before = await liveRegionTexts(page);
    await page.locator('[data-event-id="initial-truce"]').click();
    const after = await liveRegionTexts(page);
    expect(changed(before, after)).toEqual([expect.stringMatching(/^Selected: The initial four-day truce, /)]);
  });
});
