import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { StudioQuote } from '../model/authoring';
import { articleView, quoteFromSelection } from '../model/selection';

export interface ArticleMark {
  start: number;
  end: number;
  /** Quoted by an event; quoted by the open event; a sentence the coverage report lists. */
  kind: 'quoted' | 'open' | 'uncovered';
}

interface ArticlePaneProps {
  seed: string;
  /** Spans of the article (its own offsets) to highlight. */
  marks: readonly ArticleMark[];
  /** The open event's title, or null when none is open. */
  openTitle: string | null;
  onAddQuote: (quote: StudioQuote) => void;
  onNewEvent: (span: { start: number; end: number }) => void;
  busy: boolean;
}

/**
 * The article, to quote from: a text area that refuses edits, so words can be selected by pointer or by
 * keyboard (Shift with the arrow keys) and read by a screen reader, with what events already quote
 * and what the coverage report lists highlighted behind it. The selected words become a quote of
 * the open event, or a new event, without copying or typing offsets.
 */
export function ArticlePane({ seed, marks, openTitle, onAddQuote, onNewEvent, busy }: ArticlePaneProps) {
  const view = useMemo(() => articleView(seed), [seed]);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const backdropRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<(StudioQuote & { start: number; end: number }) | null>(null);

  const readSelection = () => {
    const area = areaRef.current;
    if (!area) return;
    setSelection(quoteFromSelection(seed, view, area.selectionStart, area.selectionEnd));
  };
  // A text area's selection changes by pointer, keys and script alike; the browser says so with "select" and "selectionchange".
  useEffect(() => {
    const area = areaRef.current;
    if (!area) return;
    const onChange = () => {
      if (document.activeElement === area) setSelection(quoteFromSelection(seed, view, area.selectionStart, area.selectionEnd));
    };
    // Nothing typed, pasted, cut or dropped changes the article.
    const refuse = (event: Event) => event.preventDefault();
    area.addEventListener('select', onChange);
    area.addEventListener('beforeinput', refuse);
    document.addEventListener('selectionchange', onChange);
    return () => {
      area.removeEventListener('select', onChange);
      area.removeEventListener('beforeinput', refuse);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [seed, view]);

  // The highlights, cut where any mark starts or ends, in the text area's offsets.
  const backdrop = useMemo(() => {
    const spans = marks.map((m) => ({ ...m, from: view.fromSeed[m.start] ?? 0, to: view.fromSeed[m.end] ?? view.text.length }));
    const cuts = [...new Set([0, view.text.length, ...spans.flatMap((s) => [s.from, s.to])])].sort((a, b) => a - b);
    const parts: ReactNode[] = [];
    for (let i = 0; i < cuts.length - 1; i += 1) {
      const [from, to] = [cuts[i] ?? 0, cuts[i + 1] ?? 0];
      const over = spans.filter((s) => s.from <= from && to <= s.to).map((s) => s.kind);
      const text = view.text.slice(from, to);
      parts.push(over.length > 0 ? <mark key={from} className={[...new Set(over)].map((k) => `studio-article__${k}`).join(' ')}>{text}</mark> : text);
    }
    return parts;
  }, [marks, view]);

  const excerpt = selection && (selection.text.length > 90 ? `${selection.text.slice(0, 60)} … ${selection.text.slice(-25)}` : selection.text);

  return (
    <section aria-labelledby="studio-article-heading" className="studio-panel studio-article">
      <h2 id="studio-article-heading">The article</h2>
      <p id="studio-article-hint" className="studio-hint">
        Select words (with the pointer, or with Shift and the arrow keys) to quote them. Highlighted: words events quote;{' '}
        <span className="studio-article__key-open">the open event’s</span>; <span className="studio-article__key-uncovered">sentences with dates or numbers no event quotes</span>.
      </p>
      <div className="studio-article__box">
        <div ref={backdropRef} className="studio-article__backdrop" aria-hidden="true">
          {backdrop}
          {'\n'}
        </div>
        <textarea
          ref={areaRef}
          className="studio-article__text"
          // Not `readOnly`: Chromium moves no caret in a read-only text area, so Shift and the
          // arrow keys could not select. Editing is refused instead (beforeinput), and the value
          // is the article's whatever happens.
          aria-readonly="true"
          spellCheck={false}
          value={view.text}
          onChange={() => undefined}
          aria-label="The article (select words to quote them)"
          aria-describedby="studio-article-hint"
          onKeyUp={readSelection}
          onMouseUp={readSelection}
          onScroll={(e) => {
            if (backdropRef.current) backdropRef.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
      </div>
      <div className="studio-article__actions">
        <p className="studio-article__selection" role="status">{selection ? <>Selected: “{excerpt}”{selection.occurrence ? ` (occurrence ${selection.occurrence})` : ''}</> : 'No words selected.'}</p>
        <button type="button" className="studio-button" disabled={!selection || openTitle === null} onClick={() => selection && onAddQuote({ text: selection.text, ...(selection.occurrence ? { occurrence: selection.occurrence } : {}) })}>
          {openTitle === null ? 'Add as a quote (open an event first)' : `Add as a quote of “${openTitle.length > 40 ? `${openTitle.slice(0, 40)}…` : openTitle}”`}
        </button>
        <button type="button" className="studio-button" disabled={!selection || busy} onClick={() => selection && onNewEvent({ start: selection.start, end: selection.end })}>
          New event from the selection
        </button>
      </div>
    </section>
  );
}
