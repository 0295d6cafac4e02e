import { CHUNK_ATTRIBUTE } from '../../shared/ui/useNearScreen';

interface FigureTextChunkProps {
  /** The element its list takes: a paragraph among the bars' groups, an item of the numbers' list. */
  as: 'p' | 'li';
  className: string;
  /** The chunk's index, which the near-screen measurement reads. */
  at: number;
  /** The chunk's lines, one per group (see `lightText.ts`). */
  lines: readonly string[];
}

/** A chunk of a long story's figures away from the screen: its groups' words, a line each, as one element of plain text. */
export function FigureTextChunk({ as: Element, className, at, lines }: FigureTextChunkProps) {
  return (
    <Element className={className} {...{ [CHUNK_ATTRIBUTE]: at }}>
      {lines.join('\n')}
    </Element>
  );
}
