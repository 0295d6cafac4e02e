import { Fragment, useCallback, useEffect, useEffectEvent, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Story, TimelineEvent } from '../../shared/schema/schema';
import { REVEAL_PASSAGE_EVENT, REVEAL_RETURN_ATTRIBUTE, type RevealDetail } from '../../shared/article/reveal';
import { isPlainLeftClick } from '../../shared/links/plainClick';
import { chunk } from '../../shared/progressive/chunks';
import { useProgressiveCount } from '../../shared/ui/useProgressiveCount';
import { ArticleChunk } from './ArticleChunk';
import { EVENT_DETAIL_ID } from './detailId';
import { articleLayout, passageEnd } from './layout';
import { prefersReducedMotion } from '../../shared/ui/motion';
import { scrollBehavior, scrollTopToReveal, visiblePart } from './scroll';
import { focusVisibly } from '../../shared/focus/focusVisibly';
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
  /** Fill the article a chunk of paragraphs per task after the first paint (an article with thousands of marks). */
  progressive?: boolean;
}

/** Headlines and paragraphs committed together when the article fills progressively. */
export const ARTICLE_CHUNK = 40;

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

/** A way back from words a "show in article" link led to: after them, while the event stays selected. */
interface ReturnPoint {
  /** The end offset of those words. */
  after: number;
  /** The link's name, from the region the reader came from ("Back to the event"). */
  label: string;
  /** The selection it belongs to: selecting another event drops it. */
  forId: string | null;
}

/**
 * The article as shipped, headline and paragraphs, with every quoted passage marked and linked
 * to its event. The selected event's marks are current and scrolled into view inside the
 * panel, which is its own scroll container, so a selection made elsewhere never jumps the page.
 * On a phone the panel is collapsed behind a disclosure button; "show in article" opens it, and a
 * link right after the words it led to goes back to where the reader was (as a footnote's does).
 */
export function ArticlePanel({ story, events, selectedId, onSelect, eventHref, inline = false, progressive = false }: ArticlePanelProps) {
  const blocks = useMemo(() => articleLayout(story.text, events, story.headlines), [story.text, events, story.headlines]);
  const chunks = useMemo(() => chunk(blocks, ARTICLE_CHUNK), [blocks]);
  /** For each chunk, the events its marks belong to. */
  const chunkEvents = useMemo(() => chunks.map((run) => new Set(run.flatMap((block) => block.segments.flatMap((segment) => segment.eventIds)))), [chunks]);
  const shown = useProgressiveCount(chunks.length, progressive);
  const complete = shown >= chunks.length;
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
  const [returnPoint, setReturnPoint] = useState<ReturnPoint | null>(null);
  /** The link the reader came from, to return focus to. */
  const returnTo = useRef<HTMLElement | null>(null);

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

  // A selection made elsewhere (timeline, list, figures) brings its first passage into the panel;
  // in a long article that fills progressively, again once the whole article is in.
  useEffect(() => {
    const fromHere = selectedHere.current !== null && selectedHere.current === selectedId;
    selectedHere.current = null;
    if (!fromHere) showSelected(shownOnce.current ? scrollBehavior(prefersReducedMotion()) : 'auto');
    shownOnce.current = true;
  }, [selectedId, showSelected, complete]);

  /** Where the way back goes, for words a link led to: after them, named for where the reader came from. */
  const returnPointFor = useEffectEvent((passageElementId: string, origin: HTMLElement | null): ReturnPoint | null => {
    const label = origin?.closest(`[${REVEAL_RETURN_ATTRIBUTE}]`)?.getAttribute(REVEAL_RETURN_ATTRIBUTE);
    const after = passageEnd(passageElementId, events, selectedId, blocks.map((block) => block.span));
    return label && after !== null ? { after, label, forId: selectedId } : null;
  });

  // "Show in article" links elsewhere in the page ask for a passage with a DOM event (see reveal.ts).
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onReveal = (event: Event) => {
      const target = event.target;
      if (!(target instanceof HTMLElement)) return;
      event.preventDefault();
      const origin = (event as CustomEvent<RevealDetail | null>).detail?.origin ?? null;
      returnTo.current = origin;
      flushSync(() => {
        setExpanded(true);
        setReturnPoint(returnPointFor(target.id, origin));
      });
      focusVisibly(target, { preventScroll: true });
      // Here the page may move: the reader asked to be taken to these words.
      target.scrollIntoView?.({ block: 'center', behavior: scrollBehavior(prefersReducedMotion()) });
    };
    root.addEventListener(REVEAL_PASSAGE_EVENT, onReveal);
    return () => root.removeEventListener(REVEAL_PASSAGE_EVENT, onReveal);
  }, []);

  const goBack = (event: MouseEvent<HTMLAnchorElement>) => {
    const origin = returnTo.current;
    const target = origin?.isConnected ? origin : document.getElementById(EVENT_DETAIL_ID);
    if (!target || !isPlainLeftClick(event)) return;
    event.preventDefault();
    focusVisibly(target, { preventScroll: true });
    target.scrollIntoView?.({ block: 'center', behavior: scrollBehavior(prefersReducedMotion()) });
    setReturnPoint(null);
  };
  const shownReturn = returnPoint?.forId === selectedId ? returnPoint : null;
  const returnLink = shownReturn && (
    <a href={`#${EVENT_DETAIL_ID}`} className="article__return" onClick={goBack}>
      <span aria-hidden="true">↩</span>
      {shownReturn.label}
    </a>
  );

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
                focusVisibly(detail, { preventScroll: true });
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
        <article className="article" aria-busy={!complete || undefined}>
          {chunks.slice(0, shown).map((run, at) => {
            const first = run[0]!.span.start;
            const last = run.at(-1)!.span.end;
            const returnHere = shownReturn !== null && first < shownReturn.after && shownReturn.after <= last;
            const blocksHere = (
              <ArticleChunk
                blocks={run}
                offset={at * ARTICLE_CHUNK}
                text={story.text}
                zone={story}
                eventsById={eventsById}
                selectedId={selectedId !== null && chunkEvents[at]?.has(selectedId) ? selectedId : null}
                eventHref={eventHref}
                onSelect={select}
                returnAfter={returnHere ? shownReturn.after : null}
                returnLink={returnHere ? returnLink : null}
              />
            );
            // A long article's runs are each laid out and painted only near the part on screen.
            return progressive ? (
              <div key={first} className="article__run">
                {blocksHere}
              </div>
            ) : (
              <Fragment key={first}>{blocksHere}</Fragment>
            );
          })}
        </article>
        {!complete && <p className="region-pending">{`Setting out the article: ${Math.min(blocks.length, shown * ARTICLE_CHUNK).toLocaleString('en-GB')} of ${blocks.length.toLocaleString('en-GB')} paragraphs so far…`}</p>}
      </div>
    </section>
  );
}
