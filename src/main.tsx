import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { appBaseUrl, storyBaseUrl } from './app/location/appBase';
import { parseAppUrl, sameState } from './app/location/appUrl';
import { PRERENDERED_STATE_ATTRIBUTE, readPrerenderedState, STORY_PATH_ATTRIBUTE } from './app/prerenderedState';
import { readInlineTimeline } from './features/data/inlineTimeline';
import { catalogueLoaded, loadCatalogue } from './shared/i18n/catalogues';
import { loadLater } from './shared/i18n/laterCatalogues';
import { noticeList } from './app/UrlNotices';
import { embedStory } from './app/StoryView';
import { loadReading, whenReadingUnavailable } from './app/reading/readingChunk';
import { ReadingUnavailable } from './app/reading/ReadingUnavailable';
import { LARGE_STORY } from './app/layout/Deferred';
import './app/theme.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The page's own links (icons, manifest) are relative so one build works under any sub-path; fix
// them to absolute now, since selecting an event moves the URL and would re-resolve them.
for (const link of document.querySelectorAll<HTMLLinkElement>('head link[href]')) link.setAttribute('href', link.href);

const site = appBaseUrl();
const base = storyBaseUrl(container.getAttribute(STORY_PATH_ATTRIBUTE), site, globalThis.location.href);
const initialTimeline = readInlineTimeline(document) ?? undefined;
const app = (
  <StrictMode>
    <App initialUrl={globalThis.location.href} baseUrl={base.href} siteUrl={site.href} initialTimeline={initialTimeline} />
  </StrictMode>
);

// A prerendered page is hydrated only when it shows exactly what this URL asks for (a `?view=`
// or an unknown `?event=` differ) and its data is sound; otherwise it is rendered afresh.
function hydrates(root: HTMLElement): boolean {
  const prerendered = readPrerenderedState(root.getAttribute(PRERENDERED_STATE_ATTRIBUTE));
  const wanted = parseAppUrl(new URL(globalThis.location.href), base);
  return prerendered !== null && initialTimeline !== undefined && wanted.notices.length === 0 && sameState(prerendered, wanted.state);
}

function start(root: HTMLElement, hydrating: boolean): void {
  if (hydrating) {
    // Hydrated as a transition: in slices that yield to the browser, so the reader can scroll and
    // press keys while a long story's page is still being brought to life.
    startTransition(() => {
      hydrateRoot(root, app, {
        onRecoverableError: (error) => console.error('Sourceline: the prerendered page did not match, so it was rendered again.', error),
      });
    });
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
}

// The interface speaks the story's language: its catalogue (a chunk of its own, which the
// prerendered page preloads) is fetched before hydrating, so the page hydrates with the words it
// was prerendered with. The language is the inline story's, else the one the page declares. Should
// it fail to load, the app renders in English; should English fail too, the page stays as it was
// prerendered, readable and linked, without the app. When the link holds something the reader may
// need telling about (a parameter it could not read, an event not in the story, a view), the
// notices' words come first too, so a notice is there with the first frame.
const lang = initialTimeline?.story.lang ?? (document.documentElement.lang || undefined);
const link = parseAppUrl(new URL(globalThis.location.href), base);
const { eventId, view, embed } = link.state;
const noticeable = link.notices.length > 0 || view !== null || (eventId !== null && !initialTimeline?.events.some((event) => event.id === eventId));
const hydrating = hydrates(container);
// The regions below the chart come in a chunk of their own: a prerendered page fetches it when
// the reader comes to them (src/app/reading); a page drawn here, and a long story, whose regions
// fill in steps from the start, fetch it now. Drawn here, a region whose code could not come says so.
if (!hydrating) whenReadingUnavailable(ReadingUnavailable);
const reading = !hydrating || (initialTimeline?.events.length ?? 0) >= LARGE_STORY ? loadReading(lang) : undefined;
// The embed's own chunk and words come first too, alongside the first view's, so the embed draws in its first frame.
Promise.all([loadCatalogue(lang), reading, embed ? embedStory.preload() : undefined, noticeable || embed ? Promise.all([loadLater(lang).catch(() => undefined), noticeable ? noticeList.preload() : undefined]) : undefined]).then(
  () => start(container, hydrating),
  (error: unknown) => {
    console.error('Sourceline: the interface’s words in this language could not be loaded.', error);
    if (catalogueLoaded('en')) start(container, hydrating);
  },
);
