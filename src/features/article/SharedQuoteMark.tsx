import { useEffect, useId, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { TimelineEvent } from '../../shared/schema/schema';
import { passageId } from '../../shared/article/passages';
import { selectOnPlainClick } from '../../shared/links/plainClick';
import { formatDateRange, type StoryZone } from '../../shared/time/calendar';
import { shiftInside } from '../../shared/ui/popover';
import { useStoryDirection } from '../../shared/ui/storyLanguage';
import { useFullMessages } from '../../shared/ui/useFullMessages';

interface SharedQuoteMarkProps {
  start: number;
  text: string;
  /** Every event quoting these words, in date order. */
  events: readonly TimelineEvent[];
  /** The event a click on the words themselves selects (the most specific quote). */
  primaryId: string;
  selectedId: string | null;
  eventHref: (id: string) => string;
  onSelect: (id: string) => void;
  /** The story's time zone, which the menu's dates name. */
  zone?: StoryZone | undefined;
}

/** Space kept between the menu and the edge of the panel it must stay inside. */
const EDGE = 8;

/**
 * A passage quoted by several events. Its words link to the most specific event, like any mark;
 * a small real button beside them ("2") discloses a link to every event quoting them. The button
 * stays out of the words because a button cannot wrap across lines like text; its count is drawn
 * by CSS from `data-count`, so copying the paragraph copies only the article's words. Escape, a click
 * outside or moving focus away closes the list; choosing an event closes it and returns focus.
 */
export function SharedQuoteMark({ start, text, events, primaryId, selectedId, eventHref, onSelect, zone }: SharedQuoteMarkProps) {
  const dir = useStoryDirection();
  const t = useFullMessages();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const wrapRef = useRef<HTMLSpanElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const popupRef = useRef<HTMLSpanElement>(null);
  const current = selectedId !== null && events.some((event) => event.id === selectedId);
  const primary = events.find((event) => event.id === primaryId) ?? events[0];

  // A click anywhere else closes the list, as any disclosure menu does.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !wrapRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  // Keep the open list inside the panel: shift it back when it would overflow its edge.
  // Measured after layout and set on the node, since it depends on where the line wrapped.
  useLayoutEffect(() => {
    const popup = popupRef.current;
    if (!open || !popup) return;
    const bounds = popup.closest('.article-panel__body')?.getBoundingClientRect();
    if (bounds) shiftInside(popup, { start: bounds.left, end: bounds.right }, EDGE);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggleRef.current?.focus();
  };

  // On the button and on each item (the interactive elements), so Escape and leaving work from any of them.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close(true);
    }
  };
  const onBlur = (event: FocusEvent) => {
    if (!(event.relatedTarget instanceof Node && wrapRef.current?.contains(event.relatedTarget))) setOpen(false);
  };

  if (!primary) return <>{text}</>;
  return (
    <mark className="quote-mark quote-mark--shared" data-event-ids={events.map((e) => e.id).join(' ')} aria-current={current ? 'true' : undefined}>
      <a
        id={passageId(start)}
        className="quote-mark__link"
        href={eventHref(primary.id)}
        title={events.map((e) => e.title).join(' · ')}
        aria-current={primary.id === selectedId ? 'true' : undefined}
        onClick={(event) => selectOnPlainClick(event, () => onSelect(primary.id))}
      >
        {text}
      </a>
      <span ref={wrapRef} className="quote-menu">
        <button
          ref={toggleRef}
          type="button"
          className="quote-menu__toggle"
          aria-expanded={open}
          aria-controls={menuId}
          aria-label={t.passageQuotedBy({ count: events.length })}
          onClick={() => setOpen((was) => !was)}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
          data-count={events.length}
        />
        <span ref={popupRef} id={menuId} className="quote-menu__popup" role="group" aria-label={t.eventsQuoting} hidden={!open}>
          {events.map((event) => (
            <a
              key={event.id}
              className="quote-menu__item"
              href={eventHref(event.id)}
              aria-current={event.id === selectedId ? 'true' : undefined}
              onKeyDown={onKeyDown}
              onBlur={onBlur}
              onClick={(click) =>
                selectOnPlainClick(click, () => {
                  onSelect(event.id);
                  close(true);
                })
              }
            >
              <span className="quote-menu__item-title">{event.title}</span>
              <span className="quote-menu__item-date" dir={dir}>{formatDateRange(event.start, event.end, zone)}</span>
            </a>
          ))}
        </span>
      </span>
    </mark>
  );
}
