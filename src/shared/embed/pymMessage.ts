/**
 * The message framing of pym.js, which newsroom pages already use to size iframes:
 * `pymxPYMx<childId>xPYMx<type>xPYMx<message>`, a string posted between the host page (the
 * parent) and the embedded page (the child). Both sides of our embed, and the code generator's
 * preview, speak it; this module only frames and reads, it posts nothing.
 */

/** The separator pym.js puts between the parts of a message. */
export const PYM_DELIMITER = 'xPYMx';

/** The longest message either side accepts; ours are a few hundred characters at most. */
export const PYM_MAX_LENGTH = 4096;

/** A message's type and text, as read. */
export interface PymMessage {
  type: string;
  message: string;
}

/**
 * A child id both sides can frame: pym uses the host element's id, so any non-blank text without
 * whitespace or the delimiter (which would make the frame ambiguous), up to 200 characters.
 */
export function isPymId(id: string): boolean {
  return id.length > 0 && id.length <= 200 && !/\s/.test(id) && !id.includes(PYM_DELIMITER);
}

/** Frames a message; throws on parts that would make it ambiguous, since that is a bug in the caller. */
export function formatPymMessage(childId: string, type: string, message: string): string {
  const badType = !/^\S+$/.test(type) || type.includes(PYM_DELIMITER);
  const badMessage = message.includes(PYM_DELIMITER) || /[\n\r\u2028\u2029]/.test(message);
  if (!isPymId(childId) || badType || badMessage) throw new RangeError(`a pym message cannot be framed from ${JSON.stringify([childId, type, message])}`);
  return ['pym', childId, type, message].join(PYM_DELIMITER);
}

/**
 * Reads `data` as a message for `childId`, or null when it is anything else: not a string, too
 * long, another child's, or not in pym's shape. pym.js matches `^pym…(\S+)xPYMx(.*)$`; we accept
 * the same messages and refuse the ambiguous ones (a payload holding the delimiter or a line break).
 */
export function parsePymMessage(data: unknown, childId: string): PymMessage | null {
  if (typeof data !== 'string' || data.length > PYM_MAX_LENGTH || !isPymId(childId)) return null;
  const prefix = `pym${PYM_DELIMITER}${childId}${PYM_DELIMITER}`;
  if (!data.startsWith(prefix)) return null;
  const parts = data.slice(prefix.length).split(PYM_DELIMITER);
  if (parts.length !== 2) return null;
  const [type = '', message = ''] = parts;
  if (!/^\S+$/.test(type) || /[\n\r\u2028\u2029]/.test(message)) return null;
  return { type, message };
}

/** A whole number of pixels from a `height` or `width` message, or null for anything else. */
export function parsePixels(message: string, max = 100_000): number | null {
  if (!/^\d{1,6}(\.\d+)?(px)?$/.test(message)) return null;
  const value = Math.ceil(Number.parseFloat(message));
  return value <= max ? value : null;
}
