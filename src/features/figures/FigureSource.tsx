import type { TimelineEvent } from '../../shared/schema/schema';
import { emphasise, statedRanges } from '../../shared/article/figureQuotes';
import { quoteAnchorId } from '../../shared/article/passages';
import type { TextSpan } from '../../shared/article/structure';
import { ShowInArticleLink } from '../../shared/ui/ShowInArticleLink';
import { useUiLang } from '../../shared/ui/storyLanguage';
import { useFullMessages } from '../../shared/ui/useFullMessages';

interface FigureSourceProps {
  event: TimelineEvent;
  /** Indexes of the quotes that state the figures shown; -1 entries fall back to every quote. */
  quoteIndexes: readonly number[];
  blocks: readonly TextSpan[];
}

/**
 * The article's words for the figures of the selected event, right under them, with a link to the
 * passage: a number is never more than one click from the words that state it, even on a phone
 * where the event detail is out of sight.
 */
export function FigureSource({ event, quoteIndexes, blocks }: FigureSourceProps) {
  const t = useFullMessages();
  const uiLang = useUiLang();
  const indexes = quoteIndexes.includes(-1) ? event.quotes.map((_, index) => index) : [...new Set(quoteIndexes)].sort((a, b) => a - b);
  return (
    <div className="figure-source">
      {indexes.map((index) => {
        const quote = event.quotes[index];
        if (!quote) return null;
        const anchor = quoteAnchorId(quote, blocks);
        return (
          <div key={index} className="figure-source__quote">
            <blockquote dir="auto">
              <p>
                {emphasise(quote.text, statedRanges(index, event.figures)).map((run, i) =>
                  run.emphasis ? <strong key={i}>{run.text}</strong> : run.text,
                )}
              </p>
            </blockquote>
            {anchor && (
              <ShowInArticleLink passage={anchor} className="figure-source__show" lang={uiLang}>
                {t.showInArticle}
              </ShowInArticleLink>
            )}
          </div>
        );
      })}
    </div>
  );
}
