import type { ReactNode } from 'react';
import { EmbedStatus } from './layout/EmbedLayout';

/** Where the story's status goes while it loads or when it fails: the page's main region, or the embed's frame (so the iframe sizes to it). */
export function StoryStatus({ embed, children }: { embed: boolean; children: ReactNode }) {
  return embed ? (
    <EmbedStatus>{children}</EmbedStatus>
  ) : (
    <main className="page" id="main">
      {children}
    </main>
  );
}

/** Said while the timeline loads. */
export function LoadingMessage() {
  return (
    <p role="status" className="loading">
      Loading the timeline…
    </p>
  );
}
