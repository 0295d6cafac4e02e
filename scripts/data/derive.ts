import { createHash } from 'node:crypto';
import { articleStructure, defaultHeadlines, textLines } from '../../src/shared/article/structure.ts';
import { kindTable } from '../../src/shared/schema/kinds.ts';
import { TimelineSchema, type Quote, type Story, type Timeline } from '../../src/shared/schema/schema.ts';
import { endInstant, toInstant } from '../../src/shared/time/calendar.ts';
import { canonicalLanguage } from '../../src/shared/text/language.ts';
import type { AuthoredEvent, Authoring } from './authoring.ts';
import { coverageReport, type UncoveredSentence } from './coverage.ts';
import { figureCheck } from './figures.ts';
import { englishOnlyNote } from './languageNotes.ts';
import { didYouMean, problem } from './messages.ts';
import { locateQuote } from './quotes.ts';
import { checkStatedDate, type ArticleDate } from './statedDates.ts';
import { readAuthoredTime } from './timeZone.ts';
import { resolveVocabulary } from './vocabulary.ts';

export type { UncoveredSentence } from './coverage.ts';

export interface Derivation {
  timeline: Timeline | null;
  errors: string[];
  /** What the derivation decided for the editor to know (which lines are headlines). */
  notes: string[];
  uncovered: UncoveredSentence[];
}

/** SHA-256 of the seed as UTF-8 bytes. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The article's headlines: as declared, each checked against the article's leading lines, or the lines before the first blank line. */
function headlinesOf(seed: string, declared: readonly string[] | undefined, errors: string[], notes: string[]): string[] {
  if (declared === undefined) {
    const found = defaultHeadlines(seed).map((line) => line.text);
    notes.push(`headlines: the lines before the first blank line (${found.map((h) => `"${h}"`).join(', ') || 'none'}); declare story.headlines to say otherwise`);
    return found;
  }
  const lines = textLines(seed);
  declared.forEach((headline, i) => {
    const line = lines[i]?.text;
    if (line !== headline.trim()) errors.push(`story.headlines[${i}]: "${headline}" is not the article's line ${i + 1}${line === undefined ? '' : ` ("${line}")`}`);
  });
  return [...declared];
}

/** Reads a date or time of the authoring file into the data's form, or records why it cannot. */
function timeOf(value: string, zone: string | undefined, report: (message: string) => void): string | undefined {
  const read = readAuthoredTime(value, zone);
  if (!read.ok) report(read.message);
  return read.ok ? read.iso : undefined;
}

/** One event: quotes located, times read in the story's zone, figures and stated dates checked. */
function deriveEvent(seed: string, authored: AuthoredEvent, index: number, raw: unknown, zone: string | undefined, article: ArticleDate | undefined, lang: string | undefined, errors: string[]) {
  const report = (path: PropertyKey[], message: string) => errors.push(problem(raw, ['events', index, ...path], message));
  const texts: string[] = [];
  const quotes = authored.quotes.flatMap((q, i) => {
    const located = locateQuote(seed, q);
    // A figure in a quote that is not found is still checked against the words written.
    texts.push(typeof q === 'string' ? q : q.text);
    if (!located.ok) report(['quotes', i], located.message);
    return located.ok ? [located.quote] : [];
  });
  const figures = authored.figures.map((figure, i) => {
    const check = figureCheck(figure, texts, lang);
    for (const message of check.problems) report(['figures', i], message);
    // The words the check found are the ones the app points at.
    return check.stated ? { ...figure, stated: check.stated } : figure;
  });
  const start = timeOf(authored.start, zone, (message) => report(['start'], message));
  const end = authored.end === undefined ? undefined : timeOf(authored.end, zone, (message) => report(['end'], message));
  if (start && end && endInstant(end) <= toInstant(start)) {
    report(['end'], `the end (${authored.end}) comes before the start (${authored.start})`);
  }
  let dateNote = authored.dateNote;
  if (authored.dateBasis === 'stated') {
    for (const [field, value] of [['start', start], ['end', end]] as const) {
      if (!value) continue;
      const check = checkStatedDate(value, texts, article);
      if (!check.ok) report([field], `${check.message}${englishOnlyNote(lang, 'dates')}`);
      else if (check.note && dateNote === undefined) dateNote = check.note;
    }
  }
  return {
    ...authored,
    start: start ?? authored.start,
    ...(authored.end === undefined ? {} : { end: end ?? authored.end }),
    ...(dateNote === undefined ? {} : { dateNote }),
    figures,
    quotes: quotes satisfies Quote[],
  };
}

/**
 * Derives the timeline from a seed and its authoring file. Every error names the event by its id,
 * the field and the values; nothing here knows about any one article. `raw` is the authoring file
 * as parsed, for naming events in messages about fields the schema rejected.
 */
export function derive(seed: string, seedPath: string, authoring: Authoring, raw: unknown = authoring): Derivation {
  const errors: string[] = [];
  const notes: string[] = [];
  const { story: authoredStory } = authoring;
  const zone = authoredStory.timeZone;
  const headlines = headlinesOf(seed, authoredStory.headlines, errors, notes);
  const date = authoredStory.date === undefined ? undefined : timeOf(authoredStory.date, zone, (message) => errors.push(`story.date: ${message}`));
  const published = authoredStory.source?.published === undefined ? undefined : timeOf(authoredStory.source.published, zone, (message) => errors.push(`story.source.published: ${message}`));
  const article: ArticleDate | undefined = date
    ? { day: date.slice(0, 10), basis: authoredStory.dateBasis ?? 'stated' }
    : published
      ? { day: published.slice(0, 10), basis: 'stated' }
      : undefined;

  const vocabulary = resolveVocabulary(authoring.vocabulary);
  const kinds = kindTable(vocabulary);
  authoring.events.forEach((authored, i) => {
    if (kinds.find(authored.kind)) return;
    const guess = didYouMean(authored.kind, kinds.ids);
    const whose = authoring.vocabulary ? "the story's kinds" : 'the default kinds (declare `vocabulary:` for kinds of its own)';
    errors.push(problem(raw, ['events', i, 'kind'], `"${authored.kind}" is not one of ${whose}: ${kinds.ids.join(', ')}${guess ? `; did you mean "${guess}"?` : ''}`));
  });
  const events = authoring.events.map((authored, i) => deriveEvent(seed, authored, i, raw, zone, article, authoredStory.lang, errors));
  const title = authoredStory.title ?? headlines[0];
  if (!title) errors.push('story.title: no title given and the article has no headline to take it from');
  const source = authoredStory.source && { ...authoredStory.source, ...(published ? { published } : {}) };
  const story: Partial<Story> = {
    ...(title ? { title } : {}),
    headlines: headlines.length > 0 ? headlines : title ? [title] : [],
    seed: seedPath,
    seedSha256: sha256(seed),
    ...(date ? { date } : {}),
    ...(authoredStory.dateBasis ? { dateBasis: authoredStory.dateBasis } : {}),
    ...(authoredStory.dateNote ? { dateNote: authoredStory.dateNote } : {}),
    ...(zone ? { timeZone: zone } : {}),
    ...(authoredStory.timeZoneName ? { timeZoneName: authoredStory.timeZoneName } : {}),
    ...(authoredStory.lang ? { lang: canonicalLanguage(authoredStory.lang) ?? authoredStory.lang } : {}),
    ...(source && Object.keys(source).length > 0 ? { source } : {}),
    text: seed,
  };
  const candidate = { version: 1, story, vocabulary, events };
  const { paragraphs } = articleStructure(seed, headlines);
  const uncovered = coverageReport(paragraphs, events.flatMap((e) => e.quotes), date !== undefined || published !== undefined, authoredStory.lang);
  if (errors.length > 0) return { timeline: null, errors, notes, uncovered };
  const checked = TimelineSchema.safeParse(candidate);
  if (!checked.success) {
    return { timeline: null, errors: checked.error.issues.map((issue) => problem(candidate, issue.path, issue.message)), notes, uncovered };
  }
  return { timeline: checked.data, errors, notes, uncovered };
}
