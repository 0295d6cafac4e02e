import { useMessages, useOwnWordsIn, useUiDirection, useUiLang } from '../../../shared/ui/storyLanguage';

interface ZoomControlsProps {
  /** The view in words ("24–27 November 2023"). */
  range: string;
  canZoomIn: boolean;
  canZoomOut: boolean;
  /** False at the first view, where Reset has nothing to do. */
  canReset: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
}

/**
 * Labelled buttons for every zoom gesture, so zooming never depends on a wheel, a pinch or a
 * key. At a limit a button says so (aria-disabled) but keeps its focus.
 */
export function ZoomControls({ range, canZoomIn, canZoomOut, canReset, onZoomIn, onZoomOut, onReset }: ZoomControlsProps) {
  const t = useMessages();
  const ownWordsIn = useOwnWordsIn();
  return (
    <div className="timeline__controls" lang={useUiLang()} dir={useUiDirection()}>
      <p className="timeline__range">{ownWordsIn(t.showing, { range }, ['range'])}</p>
      <div className="timeline__buttons" role="group" aria-label={t.zoom}>
        <button type="button" className="timeline__button" aria-disabled={!canZoomIn} onClick={() => canZoomIn && onZoomIn()}>
          <span aria-hidden="true">+ </span>
          {t.zoomIn}
        </button>
        <button type="button" className="timeline__button" aria-disabled={!canZoomOut} onClick={() => canZoomOut && onZoomOut()}>
          <span aria-hidden="true">− </span>
          {t.zoomOut}
        </button>
        <button type="button" className="timeline__button" aria-disabled={!canReset} onClick={() => canReset && onReset()}>
          {t.reset}
        </button>
      </div>
    </div>
  );
}
