import './embed.css';

interface EmbedCreditProps {
  /** The same state in the full view: the selected event and the view window, without `embed`. */
  fullHref: string;
}

/**
 * The embed's credit line: who made the timeline, and a link to the full timeline in a new tab, so
 * a reader inside a news page can get to everything without leaving the article. The source
 * article is named once, in the chart's caption just above, not again here.
 */
export function EmbedCredit({ fullHref }: EmbedCreditProps) {
  return (
    <footer className="embed-credit">
      <p className="embed-credit__source">Timeline by Sourceline: every figure links to the words that state it.</p>
      <a className="embed-credit__open" href={fullHref} target="_blank" rel="noopener">
        Open full timeline <span className="visually-hidden">(opens in a new tab)</span>
      </a>
    </footer>
  );
}
