import type { Story } from '../../shared/schema/schema';
import './embed.css';
import { useMessages, useUiLang } from '../../shared/ui/storyLanguage';
import type { Bound, LaterMessages } from '../../shared/i18n/messages';

interface EmbedCreditProps {
  /** The story, whose source the credit names. */
  story: Story;
  /** The same state in the full view: the selected event and the view window, without `embed`. */
  fullHref: string;
  /** Its words, which come with the embed's chunk. */
  words: Pick<Bound<LaterMessages>, 'creditBy' | 'creditFrom' | 'creditEnd' | 'openFullTimeline'>;
}

/**
 * The embed's credit line: who made the timeline and from whose article (the publisher, linked to
 * the article when the story gives its address), and a link to the full timeline in a new tab, so
 * a reader inside a news page can get to everything without leaving the article. The chart's
 * caption above names the article by its headline, with its byline and date, so the credit does
 * not repeat the headline; without a declared publisher it names none.
 */
export function EmbedCredit({ story, fullHref, words }: EmbedCreditProps) {
  const publisher = story.source?.publisher;
  const url = story.source?.url;
  const license = story.source?.license;
  const t = useMessages();
  const newTab = <span className="visually-hidden">{t.opensInNewTab}</span>;
  return (
    <footer className="embed-credit" lang={useUiLang()}>
      <p className="embed-credit__source">
        {words.creditBy}
        {publisher && (
          <>
            {words.creditFrom}
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
        {words.creditEnd}
      </p>
      <a className="embed-credit__open" href={fullHref} target="_blank" rel="noopener">
        {words.openFullTimeline} {newTab}
      </a>
    </footer>
  );
}
