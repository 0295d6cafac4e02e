/** How a copy went: written by the Clipboard API, or left for the reader to copy by hand. */
export type CopyOutcome = 'copied' | 'manual';

interface PolicyDocument {
  featurePolicy?: { allowsFeature(feature: string): boolean };
}

/**
 * Whether this document may write to the clipboard. An iframe needs `allow="clipboard-write"`
 * from its host page (our snippets ask for it; pym.js's Parent and a bare sandbox do not), and
 * Chromium logs a console error for every refused call, so the app asks first where it can.
 */
export function clipboardAllowed(doc: PolicyDocument | undefined = globalThis.document as PolicyDocument | undefined): boolean {
  return doc?.featurePolicy ? doc.featurePolicy.allowsFeature('clipboard-write') : true;
}

/**
 * Puts `text` on the clipboard with the Clipboard API. Where it is missing, forbidden or refused
 * (an insecure page, a sandboxed iframe, a denied permission) the caller shows the text selected instead.
 */
export async function copyText(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
  allowed: boolean = clipboardAllowed(),
): Promise<CopyOutcome> {
  if (!clipboard || !allowed) return 'manual';
  try {
    await clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'manual';
  }
}
