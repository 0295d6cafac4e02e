/**
 * A reader's journeys, written once for every engine the test command drives besides Chromium
 * (WebKit, the engine of every browser on an iPhone, and Firefox): the first view, selecting an
 * event, zooming by buttons and keys, a deep link, the article both ways, Previous / Next on a
 * phone's width, the embed in a news page
 * on another origin, and the embed dialog's copy; the site's index of stories, the second story's
 * first view and an event of it, and an old link from when the truce story was alone at the root. Playwright's suites cover the same ground in
 * Chromium in more depth; these check that what a reader does works the same in the other engines.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { waitFor, type Scope, type Session } from './session';
import { wordsFor } from '../support/words';
import { SHIPPED_LANGUAGES } from '../../src/shared/i18n/messages';

/** Where the journeys find the app and the news site that embeds it. */
export interface Urls {
  /** The site's root, ending in `/`: the index of its stories, `embed.js`, the truce story's old addresses. */
  site: string;
  /** The truce story's folder, ending in `/`, where most journeys go. */
  app: string;
  /** The news site's origin. */
  host: string;
}

export interface Journey {
  name: string;
  run(session: Session, urls: Urls): Promise<void>;
}

interface RawTimeline {
  story: { title: string; lang?: string };
  vocabulary: { lanes: { name: string; shortName: string }[] };
  events: { id: string; title: string; start: string; end?: string }[];
}
const read = (slug: string) => JSON.parse(readFileSync(new URL(`../../public/${slug}/data/timeline.json`, import.meta.url), 'utf8')) as RawTimeline;
const timeline = read('gaza-truce');
/** The site's second story, an election count, with lanes of its own. */
const ELECTION = 'nigeria-election-2023';
const election = read(ELECTION);
/** Every story of the site, in the index's order (the site's list of stories). */
const STORIES = (JSON.parse(readFileSync(new URL('../../public/data/stories.json', import.meta.url), 'utf8')) as { stories: { slug: string }[] }).stories.map(({ slug }) => [slug, read(slug)] as const);
const STORY_CARDS = `return document.querySelectorAll('.story-card').length === ${STORIES.length}`;
/** The order Previous / Next steps in: start, end, id (as the list). */
const inTimeOrder = [...timeline.events].sort((a, b) => a.start.localeCompare(b.start) || (a.end ?? a.start).localeCompare(b.end ?? b.start) || a.id.localeCompare(b.id)).map((e) => e.id);
const titleOf = (id: string) => timeline.events.find((event) => event.id === id)?.title ?? assert.fail(`no event ${id}`);

/** "Zoom in" in every language the interface speaks. */
const ZOOM_IN = JSON.stringify([...new Set(SHIPPED_LANGUAGES.map((lang) => wordsFor(lang).zoomIn))]);
/** The chart has been measured and the app has started (a control only JavaScript shows is there, in the story's language). */
const STARTED = `
  var figure = document.querySelector('figure.timeline:not(.timeline--unmeasured) [data-zoom-surface]');
  var words = ${ZOOM_IN};
  var zoom = Array.prototype.some.call(document.querySelectorAll('button'), function (b) { var text = b.textContent.trim().replace(/^\\+ /, ''); return words.indexOf(text) !== -1; });
  return Boolean(figure && zoom);
`;

async function open(session: Session, url: string): Promise<void> {
  await session.goto(url);
  await waitFor(session, 'the app to start', STARTED);
  // The page grows once the app has drawn the chart for its width (at 390 px, 113 px in Chromium
  // and 451 px in WebKit, whose prerendered chart is not scaled to fit): wait for its last height,
  // so a click lands on what it aims at.
  let last = -1;
  for (let i = 0; i < 40; i += 1) {
    const height = await session.run<number>('return document.documentElement.scrollHeight');
    if (height === last) return;
    last = height;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The zoomed window's length, in milliseconds, as the chart says it: an expression, for conditions inside the page. */
const viewSpanBody = `(function () { var s = document.querySelector('[data-zoom-surface]'); return Date.parse(s.getAttribute('data-view-end')) - Date.parse(s.getAttribute('data-view-start')); })()`;
const viewSpan = (scope: Scope) => scope.run<number>(`return ${viewSpanBody}`);

/** What has focus: its tag, id and event, whether it shows as focused, and its outline. */
interface Focus {
  tag: string;
  id: string;
  eventId: string | null;
  visible: boolean;
  outline: string;
}
const focus = (scope: Scope) =>
  scope.run<Focus & Record<string, string | boolean | null>>(`
    var a = document.activeElement;
    var style = getComputedStyle(a);
    return { tag: a.tagName.toLowerCase(), id: a.id, eventId: a.getAttribute('data-event-id'), visible: a.matches(':focus-visible'), outline: style.outlineStyle + ' ' + style.outlineWidth };
  `);

/** Clicks the element `selector` finds whose text (hidden words included) is `text`. */
async function clickByText(scope: Scope, selector: string, text: string): Promise<void> {
  await waitFor(
    scope,
    `a ${selector} reading “${text}”`,
    `
      var selector = arguments[0], text = arguments[1];
      var old = document.querySelector('[data-journey-target]');
      if (old) old.removeAttribute('data-journey-target');
      var found = Array.prototype.find.call(document.querySelectorAll(selector), function (element) {
        return element.textContent.replace(/\\s+/g, ' ').trim() === text;
      });
      if (!found) return false;
      found.setAttribute('data-journey-target', '');
      return true;
    `,
    [selector, text],
  );
  await scope.click('[data-journey-target]');
}

/** Where the page and the article's panel are scrolled to. */
const SCROLL_POSITIONS = `return [scrollX, scrollY].concat(Array.prototype.map.call(document.querySelectorAll('.article-panel__body'), function (e) { return e.scrollTop; })).join(',')`;

/** Waits until the page and its scrolling panel have stopped moving (a smooth scroll has ended), so a click lands where it aims. */
async function settled(scope: Scope): Promise<void> {
  let last = await scope.run<string>(SCROLL_POSITIONS);
  for (let i = 0; i < 50; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 120));
    const now = await scope.run<string>(SCROLL_POSITIONS);
    if (now === last) return;
    last = now;
  }
}

const detailTitle = (scope: Scope) => scope.run<string>(`var h = document.querySelector('#event-detail h3'); return h ? h.textContent : '';`);
const pathname = (scope: Scope) => scope.run<string>('return location.pathname + location.search');

async function expectNoErrors(session: Session): Promise<void> {
  assert.deepEqual(await session.errors(), [], 'the page reported errors');
}

export const journeys: Journey[] = [
  {
    name: 'the index of stories lists every story, each title opens its timeline and its header leads back; an old root link reaches the truce story',
    async run(session, { site }) {
      await session.goto(site);
      await waitFor(session, 'the index', STORY_CARDS);
      const titles = await session.run<string[]>(`return Array.prototype.map.call(document.querySelectorAll('.story-card h3 a'), function (a) { return a.textContent; })`);
      assert.deepEqual(titles, STORIES.map(([, story]) => story.story.title));
      for (const [slug, story] of STORIES) {
        await session.goto(site);
        await clickByText(session, '.story-card h3 a', story.story.title);
        await waitFor(session, `${slug}’s timeline`, `return location.href === arguments[0]`, [`${site}${slug}/`]);
        await waitFor(session, 'the app to start', STARTED);
        assert.equal(await session.run<string>(`return document.querySelector('h1').textContent`), story.story.title);
        await clickByText(session, '.story-header__brand a', wordsFor(story.story.lang).allTimelines);
        await waitFor(session, 'the index again', `${STORY_CARDS} && location.href === arguments[0]`, [site]);
        await expectNoErrors(session);
      }
      // A link made when the truce story was alone at the root: its script sends the reader on, query kept.
      await session.goto(`${site}events/truce-extension/?theme=dark`);
      await waitFor(session, 'the event in the story’s folder', `return location.href === arguments[0]`, [`${site}gaza-truce/events/truce-extension/?theme=dark`]);
      await waitFor(session, 'the detail', `var h = document.querySelector('#event-detail h3'); return h && h.textContent === arguments[0];`, [titleOf('truce-extension')]);
      await expectNoErrors(session);
    },
  },
  {
    name: 'the election story, at 1280 and 390 px: its own lanes, every event listed, nothing wider than the screen; a mark selects its event',
    async run(session, { site }) {
      const story = `${site}${ELECTION}/`;
      for (const [width, height] of [
        [1280, 800],
        [390, 844],
      ] as const) {
        await session.setSize(width, height);
        await open(session, story);
        const page = await session.run<{ scrollWidth: number; gutter: boolean; lanes: string[]; list: number }>(`
          return {
            gutter: Boolean(document.querySelector('.timeline__gutter')),
            scrollWidth: document.documentElement.scrollWidth,
            lanes: Array.prototype.map.call(document.querySelectorAll('.timeline__gutter li, .timeline__legend li'), function (li) { return li.textContent; }),
            list: document.querySelectorAll('[data-list-event-id]').length,
          };
        `);
        // Named in a gutter beside the lanes on a wide screen, by their short names in a legend on a phone.
        const names = election.vocabulary.lanes.map((lane) => (page.gutter ? lane.name : lane.shortName));
        assert.deepEqual(page.lanes, names, 'the story’s own lanes, in its order');
        assert.equal(page.list, election.events.length, 'the list holds every event');
        assert.ok(page.scrollWidth <= width, `the page is ${page.scrollWidth} px wide at ${width} px`);
        await expectNoErrors(session);
      }
      await session.setSize(1280, 800);
      await open(session, story);
      const declared = election.events.find((event) => event.id === 'inec-declares-tinubu') ?? assert.fail('no declaration event');
      await session.click('[data-zoom-surface] [data-event-id="inec-declares-tinubu"]');
      await waitFor(session, 'the event’s page', `return location.pathname.endsWith('/${ELECTION}/events/inec-declares-tinubu/')`);
      await waitFor(session, 'the detail', `var h = document.querySelector('#event-detail h3'); return h && h.textContent === arguments[0];`, [declared.title]);
      await expectNoErrors(session);
    },
  },
  {
    name: 'the first view, at 1280 and 390 px: the story, its chart and every event, nothing wider than the screen',
    async run(session, { app }) {
      for (const [width, height] of [
        [1280, 800],
        [390, 844],
      ] as const) {
        await session.setSize(width, height);
        await open(session, app);
        const page = await session.run<{ width: number; scrollWidth: number; h1: string; list: number; marks: number }>(`
          return {
            width: innerWidth,
            scrollWidth: document.documentElement.scrollWidth,
            h1: document.querySelector('h1').textContent,
            list: document.querySelectorAll('[data-list-event-id]').length,
            marks: document.querySelectorAll('[data-zoom-surface] [data-event-id], [data-zoom-surface] [data-stop-key]').length,
          };
        `);
        assert.equal(page.width, width, 'the viewport is the size asked for');
        assert.equal(page.h1, timeline.story.title);
        assert.equal(page.list, timeline.events.length, 'the list holds every event');
        assert.ok(page.marks > 0, 'the chart draws marks');
        assert.ok(page.scrollWidth <= width, `the page is ${page.scrollWidth} px wide at ${width} px`);
        await expectNoErrors(session);
      }
    },
  },
  {
    name: 'selecting an event by its mark shows its detail and gives it a link; Back returns',
    async run(session, { app }) {
      await open(session, app);
      await session.click('[data-zoom-surface] [data-event-id="initial-truce"]');
      await waitFor(session, 'the event’s page', `return location.pathname.endsWith('/events/initial-truce/')`);
      await waitFor(session, 'the detail', `var h = document.querySelector('#event-detail h3'); return h && h.textContent === arguments[0];`, [titleOf('initial-truce')]);
      await session.run('history.back()');
      await waitFor(session, 'the main page again', `return location.pathname === arguments[0] && !document.querySelector('#event-detail h3')`, [new URL(app).pathname]);
      await expectNoErrors(session);
    },
  },
  {
    name: 'zoom by the buttons and by + and − on a mark; arrow keys move between marks; Reset shows the whole story',
    async run(session, { app }) {
      await open(session, app);
      const whole = await viewSpan(session);
      await clickByText(session, 'button', '+ Zoom in');
      await waitFor(session, 'a closer view', `return arguments[0] * 0.8 > (${viewSpanBody})`, [whole]);
      await clickByText(session, 'button', '− Zoom out');
      await waitFor(session, 'the whole story again', `return (${viewSpanBody}) >= arguments[0] * 0.99`, [whole]);
      await session.click('[data-zoom-surface] [data-event-id="truce-extension"]');
      await waitFor(session, 'focus on the selected mark', `return document.activeElement && document.activeElement.getAttribute('data-event-id') === 'truce-extension'`);
      await session.press('+');
      await waitFor(session, 'a closer view by +', `return arguments[0] * 0.8 > (${viewSpanBody})`, [whole]);
      const closer = await viewSpan(session);
      await session.press('-');
      await waitFor(session, 'a wider view by −', `return (${viewSpanBody}) > arguments[0] * 1.2`, [closer]);
      const before = await focus(session);
      await session.press('ArrowRight');
      const after = await focus(session);
      assert.notEqual(after.eventId ?? after.id, before.eventId ?? before.id, 'ArrowRight moved focus to another mark');
      assert.ok(after.visible, `the mark shows its focus (${after.outline})`);
      await clickByText(session, 'button', 'Reset');
      await waitFor(session, 'the whole story after Reset', `return Math.abs((${viewSpanBody}) - arguments[0]) < 60000`, [whole]);
      await expectNoErrors(session);
    },
  },
  {
    name: 'a deep link opens its event, and its view',
    async run(session, { app }) {
      await open(session, new URL('events/truce-extension/', app).href);
      assert.equal(await detailTitle(session), titleOf('truce-extension'));
      const whole = await viewSpan(session);
      await open(session, new URL('events/aid-reaches-gaza/?view=2023-11-20..2023-11-30', app).href);
      assert.equal(await detailTitle(session), titleOf('aid-reaches-gaza'));
      // The chart shows a closer window, and the link keeps the one it names.
      assert.ok((await viewSpan(session)) < whole * 0.6, 'the view is the closer one the link names');
      assert.match(await pathname(session), /events\/aid-reaches-gaza\/\?view=2023-11-20\.\.2023-11-30$/);
      await expectNoErrors(session);
    },
  },
  {
    name: 'the article both ways: “Show in article” takes focus to the words and back, and a quoted passage selects its event',
    async run(session, { app }) {
      await open(session, new URL('events/truce-extension/', app).href);
      const passage = await session.run<string>(`return document.querySelector('#event-detail a.detail-quote__show').getAttribute('href').slice(1)`);
      await session.click('#event-detail a.detail-quote__show');
      await waitFor(session, 'focus on the words', `return document.activeElement && document.activeElement.id === arguments[0]`, [passage]);
      const words = await focus(session);
      assert.ok(words.visible, `the words show their focus (${words.outline})`);
      await waitFor(session, 'the words on screen', `var r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;`);
      // The page scrolls smoothly to the words: a click while it still moves may miss the way back (seen in Firefox on a busy machine).
      await settled(session);
      await session.click('.article__return');
      await waitFor(session, 'focus back at the event', `return document.activeElement && document.activeElement.closest('#event-detail') !== null`);
      await settled(session);
      const back = await focus(session);
      assert.ok(back.visible, `the event shows its focus (${back.outline})`);
      // The other way: a passage in the article selects the event that quotes it.
      await settled(session);
      await session.click('.quote-mark[data-event-ids="initial-truce"] .quote-mark__link');
      await waitFor(session, 'the quoted event selected', `var h = document.querySelector('#event-detail h3'); return h && h.textContent === arguments[0];`, [titleOf('initial-truce')]);
      await expectNoErrors(session);
    },
  },
  {
    name: 'Previous / Next on a phone’s width walks every event in time order, each selected and in the chart’s view',
    async run(session, { app }) {
      await session.setSize(390, 844);
      await open(session, app);
      const where = () => session.run<string>(`return document.querySelector('.stepper__where').textContent`);
      // The first button says "First event" until an event is selected, then "Next event".
      const next = '.stepper button:last-of-type';
      const previous = '.stepper button:first-of-type';
      for (const [index, id] of inTimeOrder.entries()) {
        await session.click(next);
        await waitFor(session, `event ${index + 1} (${id}) selected`, `var h = document.querySelector('#event-detail h3'); return h && h.textContent === arguments[0];`, [titleOf(id)]);
        assert.equal(await where(), `Event ${index + 1} of ${inTimeOrder.length}`);
        await settled(session);
        await waitFor(
          session,
          `${id}’s mark in the chart’s view`,
          `
            var surface = document.querySelector('[data-zoom-surface]').getBoundingClientRect();
            var mark = document.querySelector('[data-zoom-surface] [data-event-id="' + arguments[0] + '"]');
            if (!mark) return false;
            var box = mark.getBoundingClientRect();
            return box.width > 0 && box.left >= surface.left - 1 && box.right <= surface.right + 1;
          `,
          [id],
        );
      }
      assert.equal(await session.run<string | null>(`return document.querySelector(arguments[0]).getAttribute('aria-disabled')`, next), 'true', 'Next says it is at the end');
      await session.click(previous);
      await waitFor(session, 'the event before the last', `var h = document.querySelector('#event-detail h3'); return h && h.textContent === arguments[0];`, [titleOf(inTimeOrder.at(-2) ?? '')]);
      await expectNoErrors(session);
    },
  },
  {
    name: 'the embed in a news page on another origin, with embed.js: it sizes itself, and deep links go both ways',
    async run(session, { host }) {
      await session.goto(`${host}/script.html`);
      const iframe = '#first-embed iframe';
      await waitFor(session, 'the iframe embed.js makes', `var f = document.querySelector(arguments[0]); return f && f.getAttribute('sandbox') !== null;`, [iframe]);
      await session.run(`document.querySelector(arguments[0]).scrollIntoView({ block: 'start' })`, iframe);
      await waitFor(session, 'the iframe sized to its content', `var f = document.querySelector(arguments[0]); return f.getBoundingClientRect().height > 600 && f.getAttribute('height') !== '480';`, [iframe]);
      await session.inFrame(iframe, async (frame) => {
        await waitFor(frame, 'the embed’s credit', `return Boolean(document.querySelector('.embed-credit'))`);
        await frame.click('.embed-layout__list summary');
        await frame.click('[data-list-event-id="truce-extension"] .event-card__title button');
      });
      await waitFor(session, 'the selection in the news page’s hash', `return location.hash === '#sourceline=truce-extension'`);
      await session.run(`location.hash = '#sourceline=initial-truce'`);
      await session.inFrame(iframe, (frame) =>
        waitFor(frame, 'the hash’s event selected in the embed', `var item = document.querySelector('[data-list-event-id][aria-current="true"]'); return item && item.getAttribute('data-list-event-id') === 'initial-truce';`),
      );
      await expectNoErrors(session);
    },
  },
  {
    name: 'the embed dialog writes the code for what is shown, and its Copy button copies it',
    async run(session, { app }) {
      await open(session, new URL('events/truce-extension/', app).href);
      await clickByText(session, 'button', 'Embed');
      await waitFor(session, 'the dialog', `return Boolean(document.querySelector('dialog[open] textarea'))`);
      const code = await session.run<string>(`return document.querySelector('dialog[open] textarea').value`);
      assert.match(code, /^<div data-sourceline="[^"]+events\/truce-extension\/\?embed=1"/);
      await clickByText(session, 'dialog[open] button', 'Copy script snippet');
      const outcome = await waitFor<string>(session, 'the copy’s outcome', `var s = document.querySelector('dialog[open] .snippet__status'); return s && s.textContent;`);
      assert.equal(outcome, 'Copied');
      await expectNoErrors(session);
    },
  },
];
