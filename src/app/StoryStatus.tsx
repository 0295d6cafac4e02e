import type { ReactNode } from 'react';
import { EmbedStatus } from './layout/EmbedStatus';
import { useMessages, useUiLang } from '../shared/ui/storyLanguage';

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
  const t = useMessages();
  return (
    <p role="status" className="loading" lang={useUiLang()}>
      {t.loadingTimeline}
    </p>
  );
}
