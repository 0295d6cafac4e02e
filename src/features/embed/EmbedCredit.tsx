import type { Story } from '../../shared/schema/schema';
import './embed.css';

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
  return (
    <footer className="embed-credit">
      <p className="embed-credit__source">
        Timeline by Sourceline
        {publisher && (
          <>
            , from{' '}
            {url ? (
              <a href={url} target="_blank" rel="noopener">
                {publisher} <span className="visually-hidden">(opens in a new tab)</span>
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
                {license.name} <span className="visually-hidden">(opens in a new tab)</span>
              </a>
            ) : (
              license.name
            )}
            )
          </>
        )}
        : every figure links to the words that state it.
      </p>
      <a className="embed-credit__open" href={fullHref} target="_blank" rel="noopener">
        Open full timeline <span className="visually-hidden">(opens in a new tab)</span>
      </a>
    </footer>
  );
}
