import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A word of a text with its part of speech (wink-nlp's English model, universal tags) and its offsets. */
export interface TaggedWord {
  start: number;
  end: number;
  text: string;
  pos: string;
}

let nlp: ReturnType<typeof winkNLP> | undefined;

/** The clause's words with their part of speech and offsets, by wink-nlp. */
export function tagged(clause: string): TaggedWord[] {
  nlp ??= winkNLP(model);
  const { value: valueOf, pos: posOf } = nlp.its as { value: (typeof nlp.its)['value']; pos: (typeof nlp.its)['pos'] };
  const tokens: TaggedWord[] = [];
  let at = 0;
  nlp.readDoc(clause).tokens().each((token: ItemToken) => {
    const text = String(token.out(valueOf));
    const found = clause.indexOf(text, at);
    if (found === -1) return;
    tokens.push({ start: found, end: found + text.length, text, pos: String(token.out(posOf)) });
    at = found + text.length;
  });
  return tokens;
}
