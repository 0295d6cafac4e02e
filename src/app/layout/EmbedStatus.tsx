import type { ReactNode } from 'react';
import type { AppLocation } from '../location/useAppLocation';
import type { StoryRegions } from './regions';
import './layout.css';
import '../../features/embed/embed.css';

/** The compact view while the data loads or when it fails: the same frame, so the iframe sizes to it. */
export function EmbedStatus({ children }: { children: ReactNode }) {
  return <main className="embed-layout">{children}</main>;
}

/**
 * The embed without its own chunk or its words (the network dropped, a new release replaced them):
 * its chart, Previous / Next and the selected event's detail in the embed's frame, rather than
 * nothing.
 */
export function EmbedStoryUnavailable({ location, regions }: { location: Pick<AppLocation, 'absoluteUrlFor'>; regions: (shareUrl: (id: string) => string) => StoryRegions }) {
  const drawn = regions((id) => location.absoluteUrlFor({ eventId: id }));
  return (
    <EmbedStatus>
      {drawn.timeline}
      {drawn.steps}
      {drawn.detail}
    </EmbedStatus>
  );
}
