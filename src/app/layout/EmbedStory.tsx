import type { CSSProperties } from 'react';
import type { Story } from '../../shared/schema/schema';
import { EmbedCredit } from '../../features/embed/EmbedCredit';
import { usePymChild } from '../../features/embed/usePymChild';
import { hostLinkFor } from '../../shared/embed/hostProtocol';
import type { AppLocation } from '../location/useAppLocation';
import { useRestingView } from '../location/useRestingView';
import { EmbedLayout } from './EmbedLayout';
import { EmbedStoryUnavailable } from './EmbedStatus';
import { useLaterMessages } from '../../shared/ui/useLaterMessages';
import type { Bound, LaterMessages } from '../../shared/i18n/messages';
import type { StoryRegions } from './regions';

/** The attribute of the region the host page scrolls to when it opens on a deep link. */
const REVEAL_ATTRIBUTE = 'data-embed-reveal';
const revealTarget = () => document.querySelector(`[${REVEAL_ATTRIBUTE}]`);

export interface EmbedStoryProps {
  story: Story;
  location: AppLocation;
  selectedId: string | null;
  /** Selects an event the news page's hash names. */
  onSelect: (id: string | null) => void;
  /** The iframe's title, in the interface's words ("Timeline: …"): the host script sets it as it comes. */
  frameTitle: string;
  /** The story's regions, given how a link to an event is written (the news page's own, inside our host script's iframe). */
  regions: (shareUrl: (id: string) => string) => StoryRegions;
  colours: CSSProperties;
  whole: boolean;
}

/**
 * The story in an iframe (`?embed=1`): the compact layout, sizing through pym.js's messages and
 * deep links through our host script's page. A chunk of its own: a page read on its own never
 * downloads it.
 */
export default function EmbedStory({ story, location, selectedId, onSelect, frameTitle, regions, colours, whole }: EmbedStoryProps) {
  const host = usePymChild({ enabled: true, title: frameTitle, selectedId, onSelect, revealTarget });
  // Its words come with it (the app's entry fetches both before it starts at ?embed=1).
  const words = useLaterMessages();
  // Inside our host script's iframe, a link to an event is the news page's own, with the event in its hash.
  const shareUrl = (id: string) => (host ? hostLinkFor(host, id) : location.absoluteUrlFor({ eventId: id }));
  if (!words) return <EmbedStoryUnavailable location={location} regions={regions} />;
  return (
    <EmbedLayout
      story={story}
      regions={regions(shareUrl)}
      colours={colours}
      whole={whole}
      revealAttribute={REVEAL_ATTRIBUTE}
      words={words}
      credit={<FullTimelineCredit story={story} location={location} selectedId={selectedId} words={words} />}
    />
  );
}

/** The embed's credit line, its "Open full timeline" link carrying the view as it rests. */
function FullTimelineCredit({ story, location, selectedId, words }: { story: Story; location: AppLocation; selectedId: string | null; words: Bound<LaterMessages> }) {
  const view = useRestingView(location.view);
  return <EmbedCredit story={story} fullHref={location.absoluteUrlFor({ eventId: selectedId, view })} words={words} />;
}
