/**
 * What the embedded timeline may tell the news page, read from a message the host script
 * received from the embed's own window and origin (the caller checks those). Pure, so a property
 * test can throw anything at it: every other message, whatever it holds, reads as null.
 */
import { parsePixels, parsePymMessage } from '../shared/embed/pymMessage';
import { MESSAGE, decodeHello, decodeSelection } from '../shared/embed/hostProtocol';

/** A message from the child, once checked. */
export type ChildReport =
  | { type: 'height'; height: number }
  | { type: 'hello'; title: string | null }
  | { type: 'select'; eventId: string | null }
  | { type: 'scrollToChildPos'; offset: number };

/** The child's message for the embed `childId` as a report, or null when it is not one. */
export function readChildMessage(data: unknown, childId: string): ChildReport | null {
  const message = parsePymMessage(data, childId);
  if (!message) return null;
  const { type, message: text } = message;
  if (type === MESSAGE.height) {
    const height = parsePixels(text);
    return height === null ? null : { type: 'height', height };
  }
  // A hello without a usable title is still a hello: the child is listening.
  if (type === MESSAGE.hello) return { type: 'hello', title: decodeHello(text)?.title ?? null };
  if (type === MESSAGE.select) {
    const eventId = decodeSelection(text);
    return eventId === undefined ? null : { type: 'select', eventId };
  }
  if (type === MESSAGE.scrollToChildPos) {
    const offset = parsePixels(text);
    return offset === null ? null : { type: 'scrollToChildPos', offset };
  }
  return null;
}
