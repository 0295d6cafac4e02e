import type { Quote } from '../../shared/schema/schema';
import { emphasise, type TextRange } from '../../shared/article/figureQuotes';
import type { PassageId } from '../../shared/article/passages';
import { ShowInArticleLink } from '../../shared/ui/ShowInArticleLink';
import { useUiLang } from '../../shared/ui/storyLanguage';
import { useFullMessages } from '../../shared/ui/useFullMessages';

interface DetailQuoteProps {
  quote: Quote;
  /** Where the quote states the event's figures, picked out in bold. */
  ranges: readonly TextRange[];
  /** The id of the quote's mark in the article, or null when it has none. */
  anchor: PassageId | null;
  /** "quote 2 of 3", so each "Show in article" link has its own name in a list of links. */
  position: string | null;
}

/** A quote as a `<blockquote>` with its numbers picked out, and a link to its mark in the article. */
export function DetailQuote({ quote, ranges, anchor, position }: DetailQuoteProps) {
  const t = useFullMessages();
  const uiLang = useUiLang();
  const runs = emphasise(quote.text, ranges);
  return (
    <div className="detail-quote">
      <blockquote className="detail-quote__text" dir="auto">
        <p>
          {runs.map((run, index) => (run.emphasis ? <strong key={index}>{run.text}</strong> : run.text))}
        </p>
      </blockquote>
      {anchor && (
        <ShowInArticleLink passage={anchor} className="detail-quote__show" lang={uiLang}>
          {t.showInArticle}
          {position && <span className="visually-hidden"> ({position})</span>}
        </ShowInArticleLink>
      )}
    </div>
  );
}
