import './share.css';
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { copyText } from '../../shared/clipboard/copyText';
import { useUiLang } from '../../shared/ui/storyLanguage';
import { useFullMessages } from '../../shared/ui/useFullMessages';
import { useLaterMessages } from '../../shared/ui/useLaterMessages';

interface ShareActionsProps {
  /** The absolute link to share. */
  url: string;
  /** What the link shows, for the share sheet. */
  title: string;
  /** A line of text for the share sheet. */
  text?: string;
}

type Outcome = 'copied' | 'manual' | 'shared';

const noSubscription = () => () => undefined;
const browserCanShare = () => typeof globalThis.navigator?.share === 'function';
// The prerendered page has no share sheet; the browser's answer comes after hydration.
const serverCanShare = () => false;

/**
 * "Copy link", and "Share…" where the browser has a share sheet. When the clipboard cannot be
 * written, the link is shown selected so the reader can copy it by hand. Outcomes are announced.
 */
export function ShareActions({ url, title, text }: ShareActionsProps) {
  // An outcome belongs to the link it was for: selecting another event starts afresh.
  const [result, setResult] = useState<{ url: string; outcome: Outcome } | null>(null);
  const outcome = result?.url === url ? result.outcome : null;
  const canShare = useSyncExternalStore(noSubscription, browserCanShare, serverCanShare);
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const t = useFullMessages();
  // What answers a click comes with the first click: no first view needs these words.
  const later = useLaterMessages(outcome !== null);

  useEffect(() => {
    if (outcome === 'manual') {
      field.current?.focus();
      field.current?.select();
    }
  }, [outcome]);

  const copy = async () => setResult({ url, outcome: await copyText(url) });

  const share = async () => {
    try {
      await globalThis.navigator.share({ url, title, ...(text ? { text } : {}) });
      setResult({ url, outcome: 'shared' });
    } catch (error) {
      // Closing the sheet is not a failure; anything else falls back to copying.
      if (!(error instanceof DOMException && error.name === 'AbortError')) await copy();
    }
  };

  return (
    <div className="share-actions" lang={useUiLang()}>
      <div className="share-actions__buttons">
        <button type="button" className="button button--quiet" onClick={() => void copy()}>
          {t.copyLink}
        </button>
        {canShare && (
          <button type="button" className="button button--quiet" onClick={() => void share()}>
            {t.share}
          </button>
        )}
      </div>
      {outcome === 'manual' && (
        <p className="share-actions__manual">
          <label htmlFor={fieldId}>{later?.linkCopyManually}</label>
          <input id={fieldId} ref={field} className="share-actions__field" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
      <p className="share-actions__status" role="status">
        {outcome === 'copied' ? later?.linkCopied : outcome === 'shared' ? later?.linkShared : ''}
      </p>
    </div>
  );
}
