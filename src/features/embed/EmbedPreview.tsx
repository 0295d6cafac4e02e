import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { parsePixels, parsePymMessage } from '../../shared/embed/pymMessage';
import { EMBED_SANDBOX, MESSAGE } from '../../shared/embed/hostProtocol';
import { FALLBACK_HEIGHT } from './snippets';

/** The widths an editor can preview at, in CSS pixels, or the dialog's full width. */
export type PreviewWidth = 320 | 375 | 640 | 'full';

const CHILD_ID = 'sourceline-preview';
const noSubscription = () => () => undefined;
const pageUrl = () => globalThis.location.href;
const noPageUrl = () => null;

interface EmbedPreviewProps {
  /** The embed URL the snippets name. */
  url: string;
  width: PreviewWidth;
  /** The preview frame's title, as a screen reader names it ("Preview: Timeline: …"). */
  title: string;
}

/**
 * The embed as a news page would show it, at a chosen width. This page is the preview's pym
 * parent: the preview reports its height, so it shows whole, as it will in the article.
 */
export function EmbedPreview({ url, width, title }: EmbedPreviewProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  // A height belongs to the address it was measured for: another colour scheme reloads the preview.
  const [measured, setMeasured] = useState<{ url: string; height: number } | null>(null);
  const height = measured?.url === url ? measured.height : null;
  // The address names this page as the parent, which is only known in the browser.
  const parentUrl = useSyncExternalStore(noSubscription, pageUrl, noPageUrl);
  const src = useMemo(() => {
    if (!parentUrl) return null;
    const address = new URL(url);
    address.searchParams.set('childId', CHILD_ID);
    address.searchParams.set('parentUrl', parentUrl);
    return address.href;
  }, [url, parentUrl]);

  useEffect(() => {
    const origin = new URL(url).origin;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.current?.contentWindow || event.origin !== origin) return;
      const message = parsePymMessage(event.data, CHILD_ID);
      const pixels = message?.type === MESSAGE.height ? parsePixels(message.message) : null;
      if (pixels !== null) setMeasured({ url, height: pixels });
    };
    globalThis.addEventListener('message', onMessage);
    return () => globalThis.removeEventListener('message', onMessage);
  }, [url]);

  return (
    <div className="embed-preview">
      <div className="embed-preview__stage" style={{ width: width === 'full' ? '100%' : `${width}px` }}>
        {src && (
          <iframe
            ref={frame}
            className="embed-preview__frame"
            src={src}
            title={title}
            height={height ?? FALLBACK_HEIGHT}
            sandbox={EMBED_SANDBOX}
          />
        )}
      </div>
    </div>
  );
}
