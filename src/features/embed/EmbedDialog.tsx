import './embedDialog.css';
import { useEffect, useId, useRef, useState } from 'react';
import { EmbedPreview, type PreviewWidth } from './EmbedPreview';
import { SnippetField } from './SnippetField';
import { iframeSnippet, pymSnippet, scriptSnippet } from './snippets';
import type { ThemeOverride } from './useDocumentMode';
import { useMessages, useUiLang } from '../../shared/ui/storyLanguage';
import { useLaterMessages } from '../../shared/ui/useLaterMessages';
import type { Bound, LaterMessages } from '../../shared/i18n/messages';

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

const WIDTHS: PreviewWidth[] = [320, 375, 640, 'full'];

const THEMES: { value: ThemeOverride; label: 'schemeReader' | 'schemeLight' | 'schemeDark' }[] = [
  { value: null, label: 'schemeReader' },
  { value: 'light', label: 'schemeLight' },
  { value: 'dark', label: 'schemeDark' },
];

/**
 * The embed code for the current state: our script, pym.js, and a plain iframe, each with a copy
 * button, and a live preview at a chosen width. A modal `<dialog>`: the browser traps focus in it
 * and closes it on Escape; the button that opened it gets focus back (see EmbedButton).
 */
export default function EmbedDialog(props: EmbedDialogProps) {
  // Its words come in a chunk of their own, asked for as the pointer reached the button (see EmbedButton).
  const later = useLaterMessages();
  const { loadingEmbedCode } = useMessages();
  return later ? <DialogBody {...props} later={later} /> : <span role="status">{loadingEmbedCode}</span>;
}

function DialogBody({ storyTitle, stateLabel, embedUrl, scriptUrl, onClose, later }: EmbedDialogProps & { later: Bound<LaterMessages> }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [theme, setTheme] = useState<ThemeOverride>(null);
  // A phone's dialog is narrower than 375 px: preview at its full width there. (The dialog only
  // ever renders in the browser, after a click, so reading the window here is safe.)
  const [width, setWidth] = useState<PreviewWidth>(() => (globalThis.innerWidth < 480 ? 'full' : 375));

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const t = useMessages();
  // The iframe's title is the news page's: in the interface's words, as the embed's own heading.
  const input = { url: embedUrl(theme), scriptUrl, title: t.embedHeading({ title: storyTitle }) };
  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-what`} onClose={onClose} lang={useUiLang()}>
      <div className="embed-dialog__head">
        <h2 id={`${id}-title`}>{later.embedTitle}</h2>
        <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
          {t.close}
        </button>
      </div>
      <p id={`${id}-what`} className="embed-dialog__what">
        {later.embedWhatBefore}
        <strong>{stateLabel}</strong>
        {later.embedWhatAfter}
      </p>

      <fieldset className="embed-dialog__choice">
        <legend>{later.colourScheme}</legend>
        {THEMES.map((option) => (
          <label key={option.label}>
            <input type="radio" name={`${id}-theme`} checked={theme === option.value} onChange={() => setTheme(option.value)} />
            {later[option.label]}
          </label>
        ))}
      </fieldset>

      <SnippetField label={later.snippetScript} name={later.snippetScriptName} hint={later.snippetScriptHint} words={later} code={scriptSnippet(input)} />
      <SnippetField label={later.snippetPym} name={later.snippetPymName} hint={later.snippetPymHint} words={later} code={pymSnippet(input)} />
      <SnippetField label={later.snippetIframe} name={later.snippetIframeName} hint={later.snippetIframeHint} words={later} code={iframeSnippet(input)} />

      <fieldset className="embed-dialog__choice">
        <legend>{later.previewWidth}</legend>
        {WIDTHS.map((option) => (
          <label key={option}>
            <input type="radio" name={`${id}-width`} checked={width === option} onChange={() => setWidth(option)} />
            {option === 'full' ? later.widthFull : later.widthPixels({ count: option })}
          </label>
        ))}
      </fieldset>
      <EmbedPreview url={input.url} width={width} title={later.preview({ title: input.title })} />
    </dialog>
  );
}
