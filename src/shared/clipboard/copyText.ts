/** How a copy went: written by the Clipboard API, or left for the reader to copy by hand. */
export type CopyOutcome = 'copied' | 'manual';

/**
 * Puts `text` on the clipboard with the Clipboard API. Where it is missing or refused (an
 * insecure page, a sandboxed iframe, a denied permission) the caller shows the text selected instead.
 */
export async function copyText(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard): Promise<CopyOutcome> {
  if (!clipboard) return 'manual';
  try {
    await clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'manual';
  }
}
