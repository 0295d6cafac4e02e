import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeProblems, sidewaysScroll } from './support/a11y';
import { HOST_ORIGIN, SITE_BASE } from './support/ports';
import { seenMarks, titledIds } from './support/titled';
import { wordsFor } from './support/words';

/**
 * One site, three stories: the index at the site's root lists them and opens each; each story has
 * its first view, its event pages and its embed, with lanes, colours and figures of its own; all
 * served under a sub-path by a plain static server.
 */

interface RawTimeline {
  story: { title: string; lang?: string };
  vocabulary: { lanes: { name: string; shortName: string; color: { light: string; dark: string } }[]; figureGroups: { heading: string }[] };
  events: { id: string; title: string; kind: string }[];
}
const read = (slug: string) => JSON.parse(readFileSync(new URL(`../public/${slug}/data/timeline.json`, import.meta.url), 'utf8')) as RawTimeline;
const STORIES = [
  { slug: 'gaza-truce', timeline: read('gaza-truce'), event: 'latest-exchange' },
  { slug: 'nigeria-election-2023', timeline: read('nigeria-election-2023'), event: 'inec-declares-tinubu' },
  // The right-to-left demonstration: the election article in Arabic (its own tests: rtl-story.spec.ts).
  { slug: 'nigeria-election-2023-ar', timeline: read('nigeria-election-2023-ar'), event: 'inec-declares-tinubu' },
] as const;
const election = STORIES[1].timeline;

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

async function openStory(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('[data-zoom-surface] .mark').first()).toBeVisible();
  await expect(page.locator('.timeline--unmeasured')).toHaveCount(0);
}

test.describe('the index of stories', () => {
  test('lists every story with its dates, events and key figure, and each title opens its timeline', async ({ page }) => {
    await page.goto(SITE_BASE);
    await expect(page).toHaveTitle('Timelines · Sourceline');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timelines');
    const cards = page.locator('.story-card');
    await expect(cards).toHaveCount(STORIES.length);
    // The latest story first.
    await expect(cards.nth(0).getByRole('heading', { level: 3 })).toHaveText(STORIES[0].timeline.story.title);
    await expect(cards.nth(1)).toContainText('25 February – 3 March 2023 · 10 events');
    await expect(cards.nth(1)).toContainText('8,794,726 votes for Bola Tinubu');
    await expect(cards.nth(1)).toContainText('Wikinews, 3 March 2023');
    for (const { slug, timeline } of STORIES) {
      await page.goto(SITE_BASE);
      await page.getByRole('link', { name: timeline.story.title }).click();
      await expect(page).toHaveURL(`${SITE_BASE}${slug}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(timeline.story.title);
      // And back: the story's header links to the index, in the story's language.
      await page.getByRole('link', { name: wordsFor(timeline.story.lang).allTimelines }).click();
      await expect(page).toHaveURL(SITE_BASE);
    }
  });

  test('is a static page: no script of the app, and readable without JavaScript', async ({ browser, request }) => {
    const html = await (await request.get(SITE_BASE)).text();
    expect(html).not.toMatch(/<script type="module"/);
    expect(html).not.toMatch(/modulepreload/);
    expect(html).toMatch(/<style>[\s\S]+\.story-card/);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(SITE_BASE);
    await expect(page.locator('.story-card h3 a')).toHaveText(STORIES.map((s) => s.timeline.story.title));
    await context.close();
  });

  test('links between the index and the stories are relative, so the build reads the same under any host and sub-path', async ({ request }) => {
    // The build was made with SITE_URL; only previews' links (canonical, og:url, og:image, the sitemap) may name it.
    const links = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((match) => match[1]);
    const index = await (await request.get(SITE_BASE)).text();
    expect(links(index)).toEqual(STORIES.map(({ slug }) => `${slug}/`));
    for (const { slug, event } of STORIES) {
      const main = await (await request.get(`${SITE_BASE}${slug}/`)).text();
      expect(links(main)).toContain('../');
      const eventPage = await (await request.get(`${SITE_BASE}${slug}/events/${event}/`)).text();
      expect(links(eventPage)).toContain('../../../');
      for (const html of [main, eventPage]) expect(links(html).filter((href) => href?.startsWith(SITE_BASE))).toEqual([]);
    }
  });

  for (const width of [1280, 375, 320]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`has no accessibility problem at ${width} px, ${colorScheme}`, async ({ browser }) => {
        const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
        const page = await context.newPage();
        await page.goto(SITE_BASE);
        expect(await axeProblems(page)).toEqual([]);
        expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
        await context.close();
      });
    }
  }

  test('the sitemap lists the index and every page of every story; the manifest names the collection', async ({ request }) => {
    const sitemap = await (await request.get(`${SITE_BASE}sitemap.xml`)).text();
    expect(sitemap).toContain(`/news/sourceline/</loc>`);
    for (const { slug, timeline } of STORIES) {
      expect(sitemap).toContain(`/news/sourceline/${slug}/</loc>`);
      for (const event of timeline.events) expect(sitemap).toContain(`/news/sourceline/${slug}/events/${event.id}/</loc>`);
    }
    // The truce story's old root pages only send readers on: they are not pages to index.
    expect(sitemap).not.toMatch(/\/news\/sourceline\/events\//);
    const manifest = (await (await request.get(`${SITE_BASE}manifest.webmanifest`)).json()) as { name: string };
    expect(manifest.name).toBe('Sourceline: timelines');
  });
});

for (const { slug, timeline, event } of STORIES) {
  test.describe(`the story ${slug}`, () => {
    const base = `${SITE_BASE}${slug}/`;
    const titles = new Map(timeline.events.map((e) => [e.id, e.title]));
    // The interface speaks the story's language.
    const t = wordsFor(timeline.story.lang);

    test('opens on a first view that titles every event, with no accessibility problem', async ({ page }) => {
      await openStory(page, base);
      const seen = await seenMarks(page, titles);
      expect(titledIds(seen).sort()).toEqual([...titles.keys()].sort());
      expect(seen.counts).toBe(0);
      expect(await axeProblems(page)).toEqual([]);
    });

    test('has a prerendered page for an event, with the event selected and its own card', async ({ page, request }) => {
      const html = await (await request.get(`${base}events/${event}/`)).text();
      expect(html).toContain(`data-story-path="${slug}/"`);
      expect(html).toMatch(new RegExp(`<meta property="og:image" content="[^"]*/news/sourceline/${slug}/cards/${event}\\.png"`));
      expect((await request.get(`${base}cards/${event}.png`)).headers()['content-type']).toBe('image/png');
      await openStory(page, `${base}events/${event}/`);
      await expect(page.locator('.event-detail h3')).toHaveText(titles.get(event)!);
      // Links made in the story stay in its folder.
      await page.getByRole('button', { name: `${t.next}${t.stepEvent}` }).click();
      await expect(page).not.toHaveURL(new RegExp(`/events/${event}/$`));
      await expect(page).toHaveURL(new RegExp(`/news/sourceline/${slug}/events/[a-z0-9-]+/$`));
    });

    test('embeds: the compact view in an iframe of a news page, through embed.js', async ({ page }) => {
      await page.goto(`${HOST_ORIGIN}/gallery.html?path=${encodeURIComponent(`../${slug}/`)}&width=640`);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('.embed-layout [data-zoom-surface] .mark').first()).toBeVisible();
      await expect(frame.locator('.embed-layout h1')).toHaveText(t.embedHeading({ title: timeline.story.title }));
      await expect(frame.getByRole('link', { name: new RegExp(t.openFullTimeline) })).toHaveAttribute('href', base);
    });

    test('the embed dialog writes snippets for this story, with the site’s one embed.js', async ({ page }) => {
      await openStory(page, base);
      await page.getByRole('button', { name: t.embedButton }).click();
      const script = page.getByRole('textbox', { name: t.snippetScript });
      await expect(script).toHaveValue(new RegExp(`data-sourceline="${SITE_BASE}${slug}/\\?embed=1"[\\s\\S]*<script async src="${SITE_BASE}embed\\.js"></script>`));
    });
  });
}

test.describe('the election story’s own vocabulary', () => {
  test('draws its own lanes, with the shapes and colours it declares, in both schemes', async ({ browser }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await openStory(page, `${SITE_BASE}nigeria-election-2023/`);
      await expect(page.locator('.timeline__gutter li')).toHaveText(election.vocabulary.lanes.map((lane) => lane.name));
      const fills = await page.locator('.timeline__gutter .mark-shape').evaluateAll((shapes) => shapes.map((shape) => getComputedStyle(shape).fill));
      expect(fills).toEqual(election.vocabulary.lanes.map((lane) => rgb(lane.color[colorScheme])));
      await context.close();
    }
  });

  test('names each event’s kind with the story’s labels, never the truce story’s', async ({ page }) => {
    await openStory(page, `${SITE_BASE}nigeria-election-2023/events/protests/`);
    await expect(page.locator('.event-detail__kind')).toHaveText('Protest');
    await expect(page.locator('[data-event-id="protests"]')).toHaveAttribute('aria-label', /\. Protest$/);
    await expect(page.locator('.event-card__kind')).not.toContainText(['Truce period', 'Exchange', 'Violence', 'Humanitarian aid']);
  });

  test('charts its figure groups under their own headings: votes and shares as bars, states and turnout as numbers', async ({ page }) => {
    await openStory(page, `${SITE_BASE}nigeria-election-2023/`);
    const figures = page.locator('.figures');
    await expect(figures.locator('h3')).toHaveText(election.vocabulary.figureGroups.map((group) => group.heading));
    const votes = figures.locator('.figure-bars').filter({ has: page.getByRole('heading', { name: 'Votes', exact: true }) });
    // One scale from zero: the largest count fills the track, the others in proportion.
    const widths = await votes.locator('.bar-row__bar').evaluateAll((bars) => bars.map((bar) => (bar as HTMLElement).style.getPropertyValue('--bar-width')));
    expect(widths[0]).toBe('100%');
    expect(Number.parseFloat(widths[1]!)).toBeCloseTo((6984520 / 8794726) * 100, 3);
    await expect(votes.locator('.bar-row__value')).toHaveText(['8,794,726', '6,984,520', '6,101,533']);
    await expect(figures.locator('.figure-numbers').filter({ hasText: 'States won' }).locator('.figure-value')).toHaveText(['12', '12', '11']);
  });

  test('credits Wikinews and the licence the article is reused under', async ({ page }) => {
    await openStory(page, `${SITE_BASE}nigeria-election-2023/`);
    const footer = page.locator('.site-footer');
    await expect(footer.getByRole('link', { name: /Electoral commission declares/ })).toHaveAttribute('href', /^https:\/\/en\.wikinews\.org\/wiki\//);
    await expect(footer.getByRole('link', { name: 'CC BY 2.5' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/2.5/');
  });
});
