import { Fragment, useCallback, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Story, TimelineEvent } from '../../shared/schema/schema';
import { isPlainLeftClick } from '../../shared/links/plainClick';
import { chunk } from '../../shared/progressive/chunks';
import { prefersReducedMotion } from '../../shared/ui/motion';
import { useProgressiveCount } from '../../shared/ui/useProgressiveCount';
import { CHUNK_ATTRIBUTE, useNearScreen } from '../../shared/ui/useNearScreen';
import { inRange } from '../../shared/progressive/near';
import { ArticleChunk, ArticleTextChunk } from './ArticleChunk';
import { EVENT_DETAIL_ID } from './detailId';
import { articleLayout } from './layout';
import { scrollBehavior } from './scroll';
import { focusVisibly } from '../../shared/focus/focusVisibly';
import { useSelectionInPanel } from './useSelectionInPanel';
import { useWayBack } from './useWayBack';
import { WayBackLink } from './WayBackLink';
import './article.css';
import { useUiLang } from '../../shared/ui/storyLanguage';
import { useFullMessages } from '../../shared/ui/useFullMessages';

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
  /**
   * An article with thousands of marks: fill it a chunk of paragraphs per task after the first
   * paint, and mark the quoted words (links, menus) only in the chunks near the screen and those
   * holding the selected event's words; the others are the article's words as plain text.
   */
  progressive?: boolean;
}

/** Headlines and paragraphs committed together when the article fills progressively. */
export const ARTICLE_CHUNK = 40;

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
  const near = useNearScreen(rootRef, shown, progressive);
  const bodyRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const bodyId = useId();
  const { selectedHere, showSelected } = useSelectionInPanel(bodyRef, selectedId, complete);
  const spans = useMemo(() => blocks.map((block) => block.span), [blocks]);
  const { returnPoint: shownReturn, goBack } = useWayBack({ rootRef, events, selectedId, blocks: spans, open: () => setExpanded(true) });

  const select = useCallback(
    (id: string) => {
      selectedHere(id);
      onSelect(id);
    },
    [selectedHere, onSelect],
  );
  const t = useFullMessages();
  const uiLang = useUiLang();
  const returnLink = shownReturn && <WayBackLink label={shownReturn.label} onClick={goBack} />;

  const toggle = () => {
    flushSync(() => setExpanded((was) => !was));
    if (!expanded) showSelected('auto');
  };

  return (
    <section ref={rootRef} className={`article-panel${expanded ? ' article-panel--expanded' : ''}${inline ? ' article-panel--inline' : ''}`} aria-labelledby={headingId}>
      <div className="article-panel__head">
        <h2 id={headingId} className="article-panel__title" lang={uiLang}>
          {t.theArticleHeading}
        </h2>
        <button type="button" className="article-panel__toggle" aria-expanded={expanded} aria-controls={bodyId} onClick={toggle} lang={uiLang}>
          {expanded ? t.hideArticle : t.showArticle}
        </button>
      </div>
      <p className="article-panel__status" lang={uiLang}>
        {selected ? (
          <>
            <span className="article-panel__swatch" aria-hidden="true" />
            {`${t.highlighted} `}<strong>{selected.title}</strong> {t.passages({ count: selected.quotes.length })}{' '}
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
              {t.eventDetailLink}
            </a>
          </>
        ) : (
          t.articleHint
        )}
      </p>
      <div id={bodyId} ref={bodyRef} className="article-panel__body">
        <article className="article" aria-busy={!complete || undefined}>
          {chunks.slice(0, shown).map((run, at) => {
            const first = run[0]!.span.start;
            const last = run.at(-1)!.span.end;
            const returnHere = shownReturn !== null && first < shownReturn.after && shownReturn.after <= last;
            const holdsSelected = selectedId !== null && chunkEvents[at]?.has(selectedId) === true;
            const blocksHere = !progressive || holdsSelected || returnHere || inRange(near, at) ? (
              <ArticleChunk
                blocks={run}
                offset={at * ARTICLE_CHUNK}
                text={story.text}
                zone={story}
                eventsById={eventsById}
                selectedId={holdsSelected ? selectedId : null}
                eventHref={eventHref}
                onSelect={select}
                returnAfter={returnHere ? shownReturn.after : null}
                returnLink={returnHere ? returnLink : null}
              />
            ) : (
              <ArticleTextChunk blocks={run} offset={at * ARTICLE_CHUNK} text={story.text} />
            );
            // A long article's runs are each laid out and painted only near the part on screen.
            return progressive ? (
              <div key={first} className="article__run" {...{ [CHUNK_ATTRIBUTE]: at }}>
                {blocksHere}
              </div>
            ) : (
              <Fragment key={first}>{blocksHere}</Fragment>
            );
          })}
        </article>
        {!complete && (
          <p className="region-pending" lang={uiLang}>
            {t.settingOutArticle({ done: Math.min(blocks.length, shown * ARTICLE_CHUNK), count: blocks.length })}
          </p>
        )}
      </div>
    </section>
  );
}
