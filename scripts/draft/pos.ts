import winkNLP, { type ItemToken, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A word of a text with its part of speech (wink-nlp's English model, universal tags) and its offsets. */
export interface TaggedWord {
  start: number;
  end: number;
  text: string;
  pos: string;
  /** The word's dictionary form ("drove" → "drive"), lower case. */
  lemma: string;
}

let nlp: ReturnType<typeof winkNLP> | undefined;

/** The clause's words with their part of speech and offsets, by wink-nlp. */
export function tagged(clause: string): TaggedWord[] {
  nlp ??= winkNLP(model);
  const { value: valueOf, pos: posOf, lemma } = nlp.its as { value: (typeof nlp.its)['value']; pos: (typeof nlp.its)['pos']; lemma: unknown };
  // wink-nlp declares `its.lemma` with another signature than `out` takes; it is a token's function like the others.
  const lemmaOf = lemma as ItsFunction<string>;
  const tokens: TaggedWord[] = [];
  let at = 0;
  nlp.readDoc(clause).tokens().each((token: ItemToken) => {
    const text = String(token.out(valueOf));
    const found = clause.indexOf(text, at);
    if (found === -1) return;
    tokens.push({ start: found, end: found + text.length, text, pos: String(token.out(posOf)), lemma: String(token.out(lemmaOf)).toLowerCase() });
    at = found + text.length;
  });
  return tokens;
}

/** Verbs that tell of words or thoughts, not deeds: a clause told only by one of them is a statement. */
const SAYING = new Set(['say', 'tell', 'state', 'claim', 'report', 'explain', 'add', 'confirm', 'describe', 'believe', 'think', 'speak', 'suggest', 'note', 'write', 'call', 'quote', 'offer', 'hope']);

/**
 * The verb by which a clause tells of something done in the past ("drove" in "Kennedy drove his car
 * into a security barrier", "heated" in "it heated the deeper layers"), if it has one: a verb, not
 * an auxiliary, written in another form than its dictionary one and not as "-ing" or a present
 * "-s"; not a verb of saying, not one after "been" (a state: "have been affected"; but "have since
 * revised the figure" is a deed), not inside quotation marks, and not told in the negative (a "not"
 * or "never" just before it).
 */
export function deedVerbOf(clause: string): string | undefined {
  if (/^\s*["“]/.test(clause) && !/^\s*["“][^"”]*["”]/.test(clause)) return undefined;
  const words = tagged(clause);
  // Told in the negative: "Diplomats were not allowed into the courtroom" (but "has referred the formula … and has advised that formulas are not sterile" is a deed).
  const negated = (i: number) => words.slice(Math.max(0, i - 3), i).some((w) => /^(?:not|never|longer|n[’']t)$/i.test(w.text));
  return words.find((t, i) => {
    if (negated(i)) return false;
    if (t.pos !== 'VERB' || t.text.toLowerCase() === t.lemma || /(?:ing|[^s]s)$/i.test(t.text) || SAYING.has(t.lemma)) return false;
    if (words.slice(Math.max(0, i - 2), i).some((w) => /^(?:been|being)$/i.test(w.text))) return false;
    // A state told in the present: "AirAsia is based in Malaysia", "Brazil is placed fourth".
    if (/^(?:is|are)$/i.test(words[i - 1]?.text ?? '')) return false;
    return (clause.slice(0, t.start).match(/["“”]/g) ?? []).length % 2 === 0;
  })?.text;
}
