import { memo, type ReactNode } from 'react';
import { ArticleBlockView, type ArticleBlockViewProps } from './ArticleBlockView';
import type { ArticleBlock } from './layout';

/** A run of blocks takes what each block takes, but its blocks and where they start in place of one block. */
interface ArticleChunkProps extends Omit<ArticleBlockViewProps, 'block' | 'first' | 'returnAfter' | 'returnLink'> {
  blocks: readonly ArticleBlock[];
  /** The index of the first of `blocks` in the whole article. */
  offset: number;
  /** The end offset of the words a way back follows, when they are in these blocks. */
  returnAfter: number | null;
  returnLink: ReactNode;
}

/** A run of the article's headlines and paragraphs, rendered and committed together. */
export const ArticleChunk = memo(function ArticleChunk({ blocks, offset, text, eventsById, selectedId, eventHref, onSelect, zone, returnAfter, returnLink }: ArticleChunkProps) {
  return blocks.map((block, at) => (
    <ArticleBlockView
      key={block.span.start}
      block={block}
      first={offset + at === 0 && block.kind === 'headline'}
      text={text}
      eventsById={eventsById}
      selectedId={selectedId}
      eventHref={eventHref}
      onSelect={onSelect}
      zone={zone}
      returnAfter={returnAfter !== null && block.span.start < returnAfter && returnAfter <= block.span.end ? returnAfter : null}
      returnLink={returnLink}
    />
  ));
});

interface ArticleTextChunkProps {
  blocks: readonly ArticleBlock[];
  /** The index of the first of `blocks` in the whole article. */
  offset: number;
  text: string;
}

/**
 * A run of a long article away from the screen and the selection: its headlines and paragraphs as
 * plain text, without the marks of its quoted words (each a link), so find-in-page and a screen
 * reader still meet every word, at a fraction of the memory. Near the screen it is marked again.
 */
export const ArticleTextChunk = memo(function ArticleTextChunk({ blocks, offset, text }: ArticleTextChunkProps) {
  return blocks.map((block, at) => {
    const words = text.slice(block.span.start, block.span.end);
    if (block.kind !== 'headline') return <p key={block.span.start} className="article__paragraph">{words}</p>;
    return offset + at === 0 ? <h3 key={block.span.start} className="article__headline">{words}</h3> : <p key={block.span.start} className="article__standfirst">{words}</p>;
  });
});
