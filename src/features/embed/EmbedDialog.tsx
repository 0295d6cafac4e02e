import './embedDialog.css';
import { useEffect, useId, useRef, useState } from 'react';
import { EmbedPreview, type PreviewWidth } from './EmbedPreview';
import { SnippetField } from './SnippetField';
import { iframeSnippet, pymSnippet, scriptSnippet } from './snippets';
import type { ThemeOverride } from './useDocumentMode';

export interface EmbedDialogProps {
  /** The story's title, for the iframe's title. */
  storyTitle: string;
  /** What the embed opens on: the selected event's title, or the whole story. */
  stateLabel: string;
  /** The embed URL of the current state, with a forced colour scheme or none. */
  embedUrl: (theme: ThemeOverride) => string;
  /** The absolute URL of `embed.js`. */
  scriptUrl: string;
  /** Called once the dialog has closed (Escape, the Close button). */
  onClose: () => void;
}

const WIDTHS: { value: PreviewWidth; label: string }[] = [
  { value: 320, label: '320 px' },
  { value: 375, label: '375 px' },
  { value: 640, label: '640 px' },
  { value: 'full', label: 'Full width' },
];

const THEMES: { value: ThemeOverride; label: string }[] = [
  { value: null, label: 'The reader’s setting' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/**
 * The embed code for the current state: our script, pym.js, and a plain iframe, each with a copy
 * button, and a live preview at a chosen width. A modal `<dialog>`: the browser traps focus in it
 * and closes it on Escape; the button that opened it gets focus back (see EmbedButton).
 */
export default function EmbedDialog({ storyTitle, stateLabel, embedUrl, scriptUrl, onClose }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [theme, setTheme] = useState<ThemeOverride>(null);
  // A phone's dialog is narrower than 375 px: preview at its full width there. (The dialog only
  // ever renders in the browser, after a click, so reading the window here is safe.)
  const [width, setWidth] = useState<PreviewWidth>(() => (globalThis.innerWidth < 480 ? 'full' : 375));

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const input = { url: embedUrl(theme), scriptUrl, title: `Timeline: ${storyTitle}` };
  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-what`} onClose={onClose}>
      <div className="embed-dialog__head">
        <h2 id={`${id}-title`}>Embed this timeline</h2>
        <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <p id={`${id}-what`} className="embed-dialog__what">
        Paste one of these into your page’s HTML. The embed opens on <strong>{stateLabel}</strong>, makes no request to any other site and sets no
        cookies.
      </p>

      <fieldset className="embed-dialog__choice">
        <legend>Colour scheme</legend>
        {THEMES.map((option) => (
          <label key={option.label}>
            <input type="radio" name={`${id}-theme`} checked={theme === option.value} onChange={() => setTheme(option.value)} />
            {option.label}
          </label>
        ))}
      </fieldset>

      <SnippetField
        label="Script (recommended)"
        name="script snippet"
        hint="Sizes itself to its content and keeps links to events in your page’s address."
        code={scriptSnippet(input)}
      />
      <SnippetField label="pym.js" name="pym.js snippet" hint="For pages that already load pym.js: it sizes the iframe the same way." code={pymSnippet(input)} />
      <SnippetField
        label="Plain iframe"
        name="iframe snippet"
        hint="Where a page allows no scripts: a fixed height, scrolling inside when the timeline is taller."
        code={iframeSnippet(input)}
      />

      <fieldset className="embed-dialog__choice">
        <legend>Preview width</legend>
        {WIDTHS.map((option) => (
          <label key={option.label}>
            <input type="radio" name={`${id}-width`} checked={width === option.value} onChange={() => setWidth(option.value)} />
            {option.label}
          </label>
        ))}
      </fieldset>
      <EmbedPreview url={input.url} width={width} title={input.title} />
    </dialog>
  );
}
