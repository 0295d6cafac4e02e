import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Story, TimelineEvent } from '../data/schema';
import { REVEAL_PASSAGE_EVENT } from '../../shared/article/reveal';
import { isPlainLeftClick } from '../../shared/links/plainClick';
import { ArticleBlockView } from './ArticleBlockView';
import { EVENT_DETAIL_ID } from './detailId';
import { articleLayout } from './layout';
import { prefersReducedMotion } from './motion';
import { scrollBehavior, scrollTopToReveal, visiblePart } from './scroll';
import './article.css';

export interface ArticlePanelProps {
  story: Story;
  events: readonly TimelineEvent[];
  /** The event the shell has selected, or null. */
  selectedId: string | null;
  /** Asks the shell to select an event. */
  onSelect: (id: string) => void;
  /** The URL of an event, for real links that also open in a new tab. */
  eventHref: (id: string) => string;
  /**
   * The article at its full length in the page, behind its button at any width, never scrolling
   * inside: for an embed, whose iframe grows to its content, so it has no viewport to fit a panel
   * to and a panel that scrolled would catch the wheel meant for the news page.
   */
  inline?: boolean;
}

/** The first mark of an event in the panel, in text order. */
function firstMarkOf(body: HTMLElement, eventId: string): HTMLElement | undefined {
  return Array.from(body.querySelectorAll<HTMLElement>('mark[data-event-ids]')).find((mark) =>
    (mark.dataset.eventIds ?? '').split(' ').includes(eventId),
  );
}

/** Scrolls the panel's own body so the mark is in the part of it on screen; the page itself does not move. */
function bringIntoPanel(body: HTMLElement, mark: HTMLElement, behavior: ScrollBehavior) {
  if (body.getClientRects().length === 0 || typeof body.scrollTo !== 'function') return; // collapsed, or no layout
  const box = body.getBoundingClientRect();
  const target = mark.getBoundingClientRect();
  const panel = { top: box.top + body.clientTop, height: body.clientHeight, scrollTop: body.scrollTop };
  const top = scrollTopToReveal(visiblePart(panel, window.innerHeight), target);
  if (top !== null) body.scrollTo({ top, behavior });
}

/**
 * The article as shipped, headline and paragraphs, with every quoted passage marked and linked
 * to its event. The selected event's marks are current and scrolled into view inside the
 * panel, which is its own scroll container, so a selection made elsewhere never jumps the page.
 * On a phone the panel is collapsed behind a disclosure button; "show in article" opens it.
 */
export function ArticlePanel({ story, events, selectedId, onSelect, eventHref, inline = false }: ArticlePanelProps) {
  const blocks = useMemo(() => articleLayout(story.text, events), [story.text, events]);
  const eventsById = useMemo(() => new Map(events.map((event) => [event.id, event])), [events]);
  const selected = selectedId === null ? undefined : eventsById.get(selectedId);
  const [expanded, setExpanded] = useState(false);
  const rootRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  /** The event last selected by a mark in this panel: its words are already where the reader is looking. */
  const selectedHere = useRef<string | null>(null);
  /** False until the first selection has been shown: a page opened on an event starts at its words, unanimated. */
  const shownOnce = useRef(false);
  const headingId = useId();
  const bodyId = useId();

  const select = useCallback(
    (id: string) => {
      selectedHere.current = id;
      onSelect(id);
    },
    [onSelect],
  );

  const showSelected = useCallback((behavior: ScrollBehavior) => {
    const body = bodyRef.current;
    const mark = selectedId === null || !body ? undefined : firstMarkOf(body, selectedId);
    if (body && mark) bringIntoPanel(body, mark, behavior);
  }, [selectedId]);

  // A selection made elsewhere (timeline, list, figures) brings its first passage into the panel.
  useEffect(() => {
    const fromHere = selectedHere.current !== null && selectedHere.current === selectedId;
    selectedHere.current = null;
    if (!fromHere) showSelected(shownOnce.current ? scrollBehavior(prefersReducedMotion()) : 'auto');
    shownOnce.current = true;
  }, [selectedId, showSelected]);

  // "Show in article" links elsewhere in the page ask for a passage with a DOM event (see reveal.ts).
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onReveal = (event: Event) => {
      const target = event.target;
      if (!(target instanceof HTMLElement)) return;
      event.preventDefault();
      flushSync(() => setExpanded(true));
      target.focus({ preventScroll: true });
      // Here the page may move: the reader asked to be taken to these words.
      target.scrollIntoView?.({ block: 'center', behavior: scrollBehavior(prefersReducedMotion()) });
    };
    root.addEventListener(REVEAL_PASSAGE_EVENT, onReveal);
    return () => root.removeEventListener(REVEAL_PASSAGE_EVENT, onReveal);
  }, []);

  const toggle = () => {
    flushSync(() => setExpanded((was) => !was));
    if (!expanded) showSelected('auto');
  };

  return (
    <section ref={rootRef} className={`article-panel${expanded ? ' article-panel--expanded' : ''}${inline ? ' article-panel--inline' : ''}`} aria-labelledby={headingId}>
      <div className="article-panel__head">
        <h2 id={headingId} className="article-panel__title">
          The article
        </h2>
        <button type="button" className="article-panel__toggle" aria-expanded={expanded} aria-controls={bodyId} onClick={toggle}>
          {expanded ? 'Hide the article' : 'Show the article'}
        </button>
      </div>
      <p className="article-panel__status">
        {selected ? (
          <>
            <span className="article-panel__swatch" aria-hidden="true" />
            Highlighted: <strong>{selected.title}</strong> ({selected.quotes.length} {selected.quotes.length === 1 ? 'passage' : 'passages'}).{' '}
            <a
              href={`#${EVENT_DETAIL_ID}`}
              onClick={(event) => {
                const detail = document.getElementById(EVENT_DETAIL_ID);
                if (!detail || !isPlainLeftClick(event)) return;
                event.preventDefault();
                detail.focus({ preventScroll: true });
                detail.scrollIntoView?.({ block: 'start', behavior: scrollBehavior(prefersReducedMotion()) });
              }}
            >
              Event detail
            </a>
          </>
        ) : (
          'Highlighted words are quoted by events: select one to see its event.'
        )}
      </p>
      <div id={bodyId} ref={bodyRef} className="article-panel__body">
        <article className="article">
          {blocks.map((block, index) => (
            <ArticleBlockView
              key={block.span.start}
              block={block}
              first={index === 0 && block.kind === 'headline'}
              text={story.text}
              eventsById={eventsById}
              selectedId={selectedId}
              eventHref={eventHref}
              onSelect={select}
            />
          ))}
        </article>
      </div>
    </section>
  );
}
