import { memo, type ReactNode } from 'react';
import type { TimelineEvent } from '../data/schema';
import { ArticleBlockView } from './ArticleBlockView';
import type { ArticleBlock } from './layout';

interface ArticleChunkProps {
  blocks: readonly ArticleBlock[];
  /** The index of the first of `blocks` in the whole article. */
  offset: number;
  text: string;
  eventsById: ReadonlyMap<string, TimelineEvent>;
  /** The selected event when these blocks quote it, else null: the other chunks need not render again. */
  selectedId: string | null;
  eventHref: (id: string) => string;
  onSelect: (id: string) => void;
  /** The end offset of the words a way back follows, when they are in these blocks. */
  returnAfter: number | null;
  returnLink: ReactNode;
}

/** A run of the article's headlines and paragraphs, rendered and committed together. */
export const ArticleChunk = memo(function ArticleChunk({ blocks, offset, text, eventsById, selectedId, eventHref, onSelect, returnAfter, returnLink }: ArticleChunkProps) {
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
      returnAfter={returnAfter !== null && block.span.start < returnAfter && returnAfter <= block.span.end ? returnAfter : null}
      returnLink={returnLink}
    />
  ));
});
