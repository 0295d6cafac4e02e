import './embed.css';

interface EmbedCreditProps {
  /** The title of the article the timeline is built from. */
  storyTitle: string;
  /** The same state in the full view: the selected event and the view window, without `embed`. */
  fullHref: string;
}

/**
 * The embed's credit line: it names the source article, and links to the full timeline in a new
 * tab, so a reader inside a news page can get to everything without leaving the article.
 */
export function EmbedCredit({ storyTitle, fullHref }: EmbedCreditProps) {
  return (
    <footer className="embed-credit">
      <p className="embed-credit__source">
        Source: the article <cite>“{storyTitle}”</cite>. Timeline by Sourceline: every figure links to the words that state it.
      </p>
      <a className="embed-credit__open" href={fullHref} target="_blank" rel="noopener">
        Open full timeline <span className="visually-hidden">(opens in a new tab)</span>
      </a>
    </footer>
  );
}
