import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { TextSpan } from '../../src/shared/article/structure.ts';

/**
 * Sentences of a paragraph, by wink-nlp's English model, which knows abbreviations ("Sept. 10",
 * "Feb. 9.", "Gov.", "U.S. Navy"), initials ("J. R. Smith"), times ("9:10 p.m. Monday") and
 * datelines ("MIAMI, Sept. 10 (UPI) — …"). Of the splitters measured on news text (sbd,
 * sentence-splitter, compromise, @stdlib/nlp-sentencize and Intl.Segmenter), it was the one that
 * cut none of those. It runs only when the data is derived, never in the reader's page.
 */

let nlp: ReturnType<typeof winkNLP> | undefined;

/** The paragraph's sentences, with offsets into the article. */
export function splitSentences(paragraph: TextSpan): TextSpan[] {
  nlp ??= winkNLP(model);
  // wink's `its` helpers are plain functions that never use `this`.
  const { value: valueOf, span: spanOf } = nlp.its as { value: (typeof nlp.its)['value']; span: (typeof nlp.its)['span'] };
  const doc = nlp.readDoc(paragraph.text);
  // wink gives tokens, not offsets: find each token in the text, in order.
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  doc.tokens().each((token: ItemToken) => {
    const value = String(token.out(valueOf));
    const found = paragraph.text.indexOf(value, at);
    const start = found === -1 ? at : found;
    starts.push(start);
    ends.push(found === -1 ? at : start + value.length);
    at = ends[ends.length - 1] ?? at;
  });
  const sentences: TextSpan[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(spanOf) as unknown as [number, number];
    const start = starts[first] ?? 0;
    const end = ends[last] ?? paragraph.text.length;
    // "Znak.com further reported …": a full stop with a word glued after it is a name's, not a sentence's end.
    const before = sentences.at(-1);
    if (before && start === before.end - paragraph.start && /\.$/.test(before.text) && /^[a-z]/.test(paragraph.text.slice(start))) {
      sentences[sentences.length - 1] = { start: before.start, end: paragraph.start + end, text: paragraph.text.slice(before.start - paragraph.start, end) };
      return;
    }
    sentences.push({ start: paragraph.start + start, end: paragraph.start + end, text: paragraph.text.slice(start, end) });
  });
  return sentences;
}
