/**
 * embed.js: the news page's side of a Sourceline embed, with no dependencies. An editor pastes
 *
 *   <div data-sourceline="https://…/timeline/?embed=1"></div>
 *   <script async src="https://…/timeline/embed.js"></script>
 *
 * and each such element gets a lazy-loaded, titled, sandboxed iframe that sizes itself with
 * pym.js's messages. Deep links go through the page's own address: selecting an event inside sets
 * `#sourceline=<id>` (replaceState, so Back still leaves the page), opening the page with that hash
 * selects the event and scrolls to it, and "Copy link" inside copies the page's link with the hash.
 * A second embed on the page uses `sourceline-2`, and so on, or the key in `data-sourceline-key`.
 * Every message is checked by sender, origin and shape, as the child checks ours.
 *
 * The app must live on another origin than the news page: an empty, relative or same-origin
 * `data-sourceline` would put the news page inside itself with `allow-same-origin`, a sandbox that
 * holds nothing, so such an element gets a visible notice and a console error instead of an iframe.
 * It frames timelines of its own site only (the one it was loaded from): an element naming another
 * site is left as it is, for that site's embed.js, so markup a page's sanitiser lets through (a
 * reader's comment with a `data-sourceline`) cannot make it frame a site of the writer's choosing.
 */
import { formatPymMessage, isPymId } from '../shared/embed/pymMessage';
import { DEFAULT_HASH_KEY, EMBED_SANDBOX, HASH_KEY_PATTERN, MESSAGE, embedSrc, encodeHostInfo, readHashParam, writeHashParam } from '../shared/embed/hostProtocol';
import { readChildMessage } from './childMessage';

interface Embed {
  iframe: HTMLIFrameElement;
  childId: string;
  /** The app's origin: the only one whose messages this embed takes, and the only one it posts to. */
  origin: string;
  /** Its name in the page's hash. */
  key: string;
  /** The event the hash names for it, as last read or written. */
  selected: string | null;
  /** The event the iframe's address asked for: what the child shows when it says hello, until told otherwise. */
  loadedWith: string | null;
  /** The page asked to be scrolled to the selected event and has not been yet. */
  revealing: boolean;
  /** The element gave the iframe's title; otherwise it comes from the story's. */
  titled: boolean;
}

const embeds: Embed[] = [];
let seen = 0;

function post(embed: Embed, type: string, message: string): void {
  embed.iframe.contentWindow?.postMessage(formatPymMessage(embed.childId, type, message), embed.origin);
}

/** The page's address without any embed's part of the hash: each child adds its own. */
function pageUrl(): string {
  let hash = location.hash;
  for (const embed of embeds) hash = writeHashParam(hash, embed.key, null);
  return location.href.split('#')[0] + hash;
}

function setHash(hash: string): void {
  if (hash === location.hash) return;
  history.replaceState(history.state, '', hash || location.pathname + location.search);
}

function reveal(embed: Embed): void {
  embed.revealing = true;
  // Bring the embed into view at once (never animated, whatever the page's scroll-behavior: no
  // motion a reader did not ask for); the child then says where in it the event is.
  embed.iframe.scrollIntoView({ behavior: 'instant' });
  post(embed, MESSAGE.reveal, '');
}

/** Says, on the page and in the console, why an element was not made into an embed. */
function refuse(element: HTMLElement, address: string, why: string): void {
  const text = `Sourceline: no timeline embedded, because data-sourceline="${address}" ${why}. It must be the timeline’s full address on its own site (https://…).`;
  console.error(text);
  const notice = document.createElement('p');
  notice.setAttribute('role', 'note');
  notice.style.cssText = 'margin:0;padding:.75em 1em;border:2px solid;font:inherit;overflow-wrap:anywhere';
  notice.textContent = text;
  element.replaceChildren(notice);
}

/** The app's address, or why the attribute cannot be one. */
function appUrl(address: string): URL | string {
  if (!address.trim()) return 'is empty';
  let app: URL;
  try {
    app = new URL(address, document.baseURI);
  } catch {
    return 'is not an address';
  }
  if (app.protocol !== 'https:' && app.protocol !== 'http:') return 'is not a web address';
  // Relative or same-origin: the iframe would hold this very page (or another of its site) with
  // allow-same-origin and allow-scripts, able to reach out of its sandbox, nesting without end.
  if (app.origin === location.origin) return 'names this page’s own site';
  return app;
}

/**
 * Makes `element` an embed, or says why not. An element naming a timeline on another site than
 * `from` (the address of the embed.js scanning) is left as it is; a script that cannot tell where
 * it came from (`from` empty) takes any site, as before.
 */
function mount(element: HTMLElement, from = ''): void {
  const address = element.getAttribute('data-sourceline') ?? '';
  const app = appUrl(address);
  if (from && typeof app !== 'string' && !from.startsWith(`${app.origin}/`)) return;
  element.setAttribute('data-sourceline-ready', '');
  const index = seen++;
  if (typeof app === 'string') {
    refuse(element, address, app);
    return;
  }
  const asked = element.getAttribute('data-sourceline-key') ?? '';
  const key = HASH_KEY_PATTERN.test(asked) ? asked : index === 0 ? DEFAULT_HASH_KEY : `${DEFAULT_HASH_KEY}-${index + 1}`;
  const childId = isPymId(element.id) ? element.id : `sourceline-embed-${index + 1}`;
  const selected = readHashParam(location.hash, key);
  const title = element.getAttribute('data-sourceline-title');

  const iframe = document.createElement('iframe');
  iframe.src = embedSrc(app.href, { childId, width: element.getBoundingClientRect().width, parentUrl: location.href, eventId: selected });
  iframe.title = title || 'Timeline';
  // A deep link needs the embed now; otherwise it loads when the reader scrolls near it.
  iframe.loading = selected ? 'eager' : 'lazy';
  iframe.setAttribute('sandbox', EMBED_SANDBOX);
  iframe.setAttribute('allow', 'clipboard-write');
  // It grows to its content, so it never scrolls inside and a wheel over it scrolls the page.
  iframe.setAttribute('scrolling', 'no');
  iframe.height = '480';
  iframe.style.cssText = 'display:block;width:100%;border:0;overflow:hidden';
  element.replaceChildren(iframe);

  const embed: Embed = { iframe, childId, origin: app.origin, key, selected, loadedWith: selected, revealing: false, titled: Boolean(title) };
  embeds.push(embed);
  // Only the first embed a hash names scrolls the page.
  if (selected && !embeds.some((other) => other.revealing)) embed.revealing = true;
}

function onMessage(event: MessageEvent): void {
  const embed = embeds.find((candidate) => candidate.iframe.contentWindow === event.source);
  if (!embed || event.origin !== embed.origin) return;
  const report = readChildMessage(event.data, embed.childId);
  if (!report) return;
  if (report.type === 'height') {
    embed.iframe.height = String(report.height);
  } else if (report.type === 'hello') {
    // The child names its frame in its story's language ("Timeline: …", "الخط الزمني: …"); this script knows no language.
    if (report.title && !embed.titled) embed.iframe.title = report.title;
    post(embed, MESSAGE.host, encodeHostInfo({ url: pageUrl(), key: embed.key }));
    // The hash may have changed before the embed loaded (a lazy one, far down the page), when our
    // `select` went to an empty frame: the child shows what its address asked for, so say it again.
    if (embed.selected !== embed.loadedWith) post(embed, MESSAGE.select, embed.selected ?? '');
    if (embed.revealing) reveal(embed);
  } else if (report.type === 'select') {
    embed.selected = report.eventId;
    setHash(writeHashParam(location.hash, embed.key, report.eventId));
  } else if (embed.revealing) {
    // scrollToChildPos, honoured only as the answer to our own request: an embed never scrolls the page by itself.
    embed.revealing = false;
    scrollTo({ left: scrollX, top: embed.iframe.getBoundingClientRect().top + scrollY + report.offset, behavior: 'instant' });
  }
}

/** A link to the page with another event in the hash (typed, or followed from the page): select and show it. */
function onHashChange(): void {
  for (const embed of embeds) {
    const selected = readHashParam(location.hash, embed.key);
    if (selected === embed.selected) continue;
    embed.selected = selected;
    post(embed, MESSAGE.select, selected ?? '');
    if (selected) reveal(embed);
  }
}

/** The address this script was loaded from (empty in a module, which has no current script). */
const home = (document.currentScript as HTMLScriptElement | null)?.src;

/** Mounts the elements not yet made embeds whose timeline lives where `from` (a script's address) does. */
function scan(from = home): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-sourceline]:not([data-sourceline-ready])')) mount(element, from);
}

// Each pasted snippet brings its own script tag; the first run sets up, later ones only scan, each
// for its own site (a page may embed timelines of two sites, each with its embed.js).
const global = window as Window & { sourcelineEmbed?: { scan: (from?: string) => void } };
if (global.sourcelineEmbed) {
  global.sourcelineEmbed.scan(home);
} else {
  global.sourcelineEmbed = { scan };
  addEventListener('message', onMessage);
  addEventListener('hashchange', onHashChange);
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => scan());
}
