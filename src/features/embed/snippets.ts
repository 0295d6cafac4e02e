/**
 * The code an editor pastes into a news page to embed the timeline, for the URL of one state
 * (`…?embed=1`, with the selected event and view). Pure, so the dialog only shows and copies it.
 */
import { EMBED_SANDBOX } from '../../shared/embed/hostProtocol';
import { escapeHtml, scriptJson } from '../../shared/html/escape';

/** The height a snippet without sizing starts at, in CSS pixels. */
export const FALLBACK_HEIGHT = 720;

const attr = escapeHtml;
/** A JavaScript string literal that is also safe inside an HTML `<script>` element. */
const jsString = (text: string) => scriptJson(text);

export interface SnippetInput {
  /** The embed's absolute URL (`…?embed=1…`). */
  url: string;
  /** The absolute URL of `embed.js`, beside the app. */
  scriptUrl: string;
  /** The iframe's title, for screen readers. */
  title: string;
}

/** Our host script: it sizes the iframe and keeps deep links in the news page's hash. */
export function scriptSnippet({ url, scriptUrl, title }: SnippetInput): string {
  return `<div data-sourceline="${attr(url)}" data-sourceline-title="${attr(title)}"></div>\n<script async src="${attr(scriptUrl)}"></script>`;
}

/** For pages that already load pym.js: its `Parent` makes the iframe, and the timeline speaks pym. */
export function pymSnippet({ url, title }: SnippetInput, containerId = 'sourceline-timeline'): string {
  const options = `{ title: ${jsString(title)}, sandbox: ${jsString(EMBED_SANDBOX)} }`;
  return `<div id="${attr(containerId)}"></div>\n<script>new pym.Parent(${jsString(containerId)}, ${jsString(url)}, ${options});</script>`;
}

/** A plain iframe, where a page allows no script: a fixed height, scrolling inside when taller. */
export function iframeSnippet({ url, title }: SnippetInput, height = FALLBACK_HEIGHT): string {
  return (
    `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${height}" ` +
    `style="display:block;width:100%;border:0" loading="lazy" allow="clipboard-write" sandbox="${EMBED_SANDBOX}"></iframe>`
  );
}
