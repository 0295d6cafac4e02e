import { useLayoutEffect, useSyncExternalStore } from 'react';
import { EventList } from '../../features/events/EventList';
import { ShareActions } from '../../features/share/ShareActions';
import { ArticlePanel } from '../../features/article/ArticlePanel';
import { EventDetail } from '../../features/article/EventDetail';
import { FiguresSection } from '../../features/figures/FiguresSection';
import { EventStepper } from '../../features/steps/EventStepper';
import { StoryFooter } from '../../features/story/StoryFooter';
import { formatDateRange } from '../../shared/time/calendar';
import { useUiLang } from '../../shared/ui/storyLanguage';
import { useFullMessages } from '../../shared/ui/useFullMessages';
import { Deferred } from '../layout/Deferred';
import type { ReadingPart, ReadingStore } from './readingStore';

export interface ReadingPanelProps {
  part: ReadingPart;
  store: ReadingStore;
  /** How the detail's Share actions write an event's link, when not the store's (an embed's host page). */
  shareUrl?: ((id: string) => string) | undefined;
}

/**
 * One region below the chart, drawn from the shell's inputs as they are now (as they were
 * prerendered while it hydrates). Says when it is live, so a click that came before its code did
 * is passed on to it.
 */
export function ReadingPanel({ part, store, shareUrl }: ReadingPanelProps) {
  const { story, events, kinds, selectedId, select, eventHref, inline, large, ...inputs } = useSyncExternalStore(store.subscribe, store.get, () => store.initial);
  useLayoutEffect(() => store.ready(part), [store, part]);
  switch (part) {
    case 'steps':
      return <EventStepper events={events} selectedId={selectedId} onSelect={select} />;
    case 'detail': {
      const selected = selectedId === null ? undefined : events.find((e) => e.id === selectedId);
      const link = shareUrl ?? inputs.shareUrl;
      return (
        <EventDetail
          story={story}
          events={events}
          selectedId={selectedId}
          kinds={kinds}
          actions={selected && <ShareActions url={link(selected.id)} title={selected.title} text={formatDateRange(selected.start, selected.end, story)} />}
        />
      );
    }
    case 'figures':
      return (
        <Deferred defer={large} placeholder={<Pending />}>
          <FiguresSection story={story} events={events} kinds={kinds} selectedId={selectedId} onSelect={select} eventHref={eventHref} windowed={large} />
        </Deferred>
      );
    // In an embed the article is folded behind its button and, open, as long as it is: nothing scrolls inside.
    // Thousands of paragraphs and entries go in a chunk per task: no single task holds the page.
    case 'article':
      return <ArticlePanel story={story} events={events} selectedId={selectedId} onSelect={select} eventHref={eventHref} inline={inline} progressive={large} />;
    case 'list':
      return <EventList events={events} selectedId={selectedId} onSelect={select} progressive={large} zone={story} kinds={kinds} />;
    case 'footer':
      return <StoryFooter story={story} />;
  }
}

/** Said while a long story's figures are worked out. */
function Pending() {
  const t = useFullMessages();
  return (
    <p className="region-pending" lang={useUiLang()}>
      {t.preparingFigures}
    </p>
  );
}
