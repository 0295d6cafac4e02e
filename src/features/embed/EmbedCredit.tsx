import type { Story } from '../../shared/schema/schema';
import './embed.css';
import { useMessages, useUiLang } from '../../shared/ui/storyLanguage';

interface EmbedCreditProps {
  /** The story, whose source the credit names. */
  story: Story;
  /** The same state in the full view: the selected event and the view window, without `embed`. */
  fullHref: string;
}

/**
 * The embed's credit line: who made the timeline and from whose article (the publisher, linked to
 * the article when the story gives its address), and a link to the full timeline in a new tab, so
 * a reader inside a news page can get to everything without leaving the article. The chart's
 * caption above names the article by its headline, with its byline and date, so the credit does
 * not repeat the headline; without a declared publisher it names none.
 */
export function EmbedCredit({ story, fullHref }: EmbedCreditProps) {
  const publisher = story.source?.publisher;
  const url = story.source?.url;
  const license = story.source?.license;
  const t = useMessages();
  const newTab = <span className="visually-hidden">{t.opensInNewTab}</span>;
  return (
    <footer className="embed-credit" lang={useUiLang()}>
      <p className="embed-credit__source">
        {t.creditBy}
        {publisher && (
          <>
            {t.creditFrom}
            {url ? (
              <a href={url} target="_blank" rel="noopener">
                {publisher} {newTab}
              </a>
            ) : (
              publisher
            )}
          </>
        )}
        {license && (
          <>
            {' '}
            (
            {license.url ? (
              <a href={license.url} target="_blank" rel="noopener license">
                {license.name} {newTab}
              </a>
            ) : (
              license.name
            )}
            )
          </>
        )}
        {t.creditEnd}
      </p>
      <a className="embed-credit__open" href={fullHref} target="_blank" rel="noopener">
        {t.openFullTimeline} {newTab}
      </a>
    </footer>
  );
}
