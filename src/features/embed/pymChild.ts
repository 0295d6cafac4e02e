/**
 * The child side of pym.js, as a plain module: it reads the parameters a pym parent (pym.js's own
 * `Parent`, or our `embed.js`) puts in the iframe's query, checks every message from the parent by
 * origin, sender and shape, and frames what the child says. The hook `usePymChild` connects it to
 * the window; everything here can be tested with plain objects.
 */
import { formatPymMessage, isPymId, parsePixels, parsePymMessage } from '../../shared/embed/pymMessage';
import { MESSAGE, decodeHostInfo, decodeSelection, encodeHello, type HostInfo } from '../../shared/embed/hostProtocol';

/** What the parent said in the iframe's query string. */
export interface PymParams {
  /** The id both sides frame their messages with. */
  childId: string;
  /** The container's width when the iframe was made, or null when not given. */
  initialWidth: number | null;
  /** The host page's URL. */
  parentUrl: string;
  /** Its origin: the only one the child posts to and listens to. */
  parentOrigin: string;
}

/**
 * pym's parameters from a query string, or null when the page is not a pym child we can talk to
 * safely: no `childId`, or no http(s) `parentUrl` to take the parent's origin from (pym.js's own
 * child would then post to any origin; we would rather not size than speak to an unknown page).
 */
export function readPymParams(search: string | URLSearchParams): PymParams | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const childId = params.get('childId');
  const parentUrl = params.get('parentUrl');
  if (childId === null || parentUrl === null || !isPymId(childId)) return null;
  let parentOrigin: string;
  try {
    const url = new URL(parentUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    parentOrigin = url.origin;
  } catch {
    return null;
  }
  const width = parsePixels(params.get('initialWidth') ?? '');
  return { childId, initialWidth: width !== null && width > 0 ? width : null, parentUrl, parentOrigin };
}

/** A request from the parent, once checked. `width` is answered by the child itself. */
export type ParentRequest =
  | { type: 'width'; width: number }
  | { type: 'host'; host: HostInfo }
  | { type: 'select'; eventId: string | null }
  | { type: 'reveal' };

/** The parts of a `MessageEvent` the child checks. */
export interface IncomingMessage {
  origin: string;
  data: unknown;
  source: unknown;
}

/**
 * The parent's message as a request, or null when it is not one: from another window or origin,
 * for another child, of a type the child does not take, or with a payload of the wrong shape.
 */
export function readParentMessage(event: IncomingMessage, params: PymParams, parent: unknown): ParentRequest | null {
  if (event.source !== parent || event.origin !== params.parentOrigin) return null;
  const message = parsePymMessage(event.data, params.childId);
  if (!message) return null;
  switch (message.type) {
    case MESSAGE.width: {
      const width = parsePixels(message.message);
      return width === null ? null : { type: 'width', width };
    }
    case MESSAGE.host: {
      const host = decodeHostInfo(message.message);
      return host ? { type: 'host', host } : null;
    }
    case MESSAGE.select: {
      const eventId = decodeSelection(message.message);
      return eventId === undefined ? null : { type: 'select', eventId };
    }
    case MESSAGE.reveal:
      return message.message === '' ? { type: 'reveal' } : null;
    default:
      return null;
  }
}

/** What the child says to its parent. */
export interface PymChild {
  /** Sends the content's height when it differs from the last one sent (or always, with `force`). */
  sendHeight(force?: boolean): void;
  /** Says the child is listening, with the story's title for the iframe's title. */
  hello(title: string): void;
  /** Tells a host that keeps deep links which event is selected (null: none). */
  select(eventId: string | null): void;
  /** Asks the host page to scroll to `offset` pixels below the iframe's top. */
  scrollTo(offset: number): void;
  /** Checks a message from the parent; answers `width` with the height; returns the request. */
  receive(event: IncomingMessage, parent: unknown): ParentRequest | null;
}

/**
 * A pym child that posts through `post` (which must target `params.parentOrigin`) and measures
 * the content with `measure` (CSS pixels).
 */
export function createPymChild(params: PymParams, post: (message: string) => void, measure: () => number): PymChild {
  let lastHeight: number | null = null;
  const send = (type: string, message: string) => post(formatPymMessage(params.childId, type, message));
  const child: PymChild = {
    sendHeight(force = false) {
      const height = Math.max(0, Math.ceil(measure()));
      if (!force && height === lastHeight) return;
      lastHeight = height;
      send(MESSAGE.height, String(height));
    },
    hello: (title) => send(MESSAGE.hello, encodeHello(title)),
    select: (eventId) => send(MESSAGE.select, eventId ?? ''),
    scrollTo: (offset) => send(MESSAGE.scrollToChildPos, String(Math.max(0, Math.round(offset)))),
    receive(event, parent) {
      const request = readParentMessage(event, params, parent);
      // pym's parent sends the width when its container resizes and expects the height back.
      if (request?.type === 'width') child.sendHeight(true);
      return request;
    },
  };
  return child;
}
