import type { Figure, Quote } from '../../shared/schema/schema';
import type { TextSpan } from '../../shared/article/structure';
import { excerptAround, statedQuoteIndex } from '../../shared/article/figureQuotes';
import { quoteAnchorId } from '../../shared/article/passages';
import { formatValue } from '../../shared/format/figures';
import { UiWords, useStoryLanguage } from '../../shared/ui/storyLanguage';
import { useFullMessages } from '../../shared/ui/useFullMessages';
import { ShowInArticleLink } from '../../shared/ui/ShowInArticleLink';
import { withNodes } from '../../shared/ui/withNodes';

interface DetailFigureProps {
  figure: Figure;
  quotes: readonly Quote[];
  blocks: readonly TextSpan[];
}

/**
 * One figure as a large number with its qualifier and unit, what it counts and its scope, and the
 * article's own words for it ("…has released eight Israeli hostages…") linking to the passage,
 * so a reader can check that the number is the article's.
 */
export function DetailFigure({ figure, quotes, blocks }: DetailFigureProps) {
  const lang = useStoryLanguage();
  const t = useFullMessages();
  const quote = quotes[statedQuoteIndex(figure)];
  const mention = quote ? figure.stated : undefined;
  const anchor = quote ? quoteAnchorId(quote, blocks) : null;
  const excerpt = quote && mention ? excerptAround(quote.text, mention) : undefined;
  const counted = [figure.label, figure.scope].filter(Boolean).join(' ');
  return (
    <li className="big-figure">
      <p className="big-figure__main">
        {figure.qualifier && <span className="big-figure__qualifier">{figure.qualifier}</span>}
        {figure.qualifier && ' '}
        <span className="big-figure__value" data-figure-value={figure.value}>
          {formatValue(figure.value, lang)}
        </span>{' '}
        <span className="big-figure__unit">{figure.unit}</span>
      </p>
      <p className="big-figure__counted">{counted}</p>
      {excerpt && anchor && (
        <p className="big-figure__source">
          <UiWords>{t.inTheArticle}</UiWords>{' '}
          <ShowInArticleLink passage={anchor}>
            {withNodes(t.quoted, {}, {
              text: (
                <>
                  {excerpt.before}
                  <strong>{excerpt.match}</strong>
                  {excerpt.after}
                </>
              ),
            })}
          </ShowInArticleLink>
        </p>
      )}
    </li>
  );
}
