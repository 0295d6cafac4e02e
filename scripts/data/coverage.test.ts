import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleStructure } from '../../src/shared/article/structure';
import { coverageReport, datelineOf, mentionsIn } from './coverage';
import { splitSentences } from './sentences';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const span = (text: string) => ({ start: 0, end: text.length, text });
const report = (text: string, dated = false) =>
  coverageReport(articleStructure(text).paragraphs, [], dated).map((u) => ({ sentence: u.sentence.text, mentions: u.mentions.map((m) => `${m.kind} ${m.text}`) }));

describe('sentences of news text', () => {
  it('are not cut at abbreviations, initials, times or datelines', () => {
    const sentences = articleStructure(fixture('abbreviations.txt')).paragraphs.flatMap(splitSentences).map((s) => s.text);
    expect(sentences).toEqual([
      'MIAMI, Sept. 10 (UPI) — Hurricane Irma made landfall in the Florida Keys as a Category 4 storm, Gov. Rick Scott said.',
      'It weakened overnight.',
      'The U.S. Navy sent two ships.',
      'Officials in the U.S. said the damage would take weeks to count.',
      'A hearing on the insurance claims is set for Feb. 9.',
      'Dr. Ana Ruiz, a St. Louis economist, put the cost at $1.7 billion.',
    ]);
    expect(splitSentences(span('The boys were found at 9:10 p.m. Monday by two British divers. They had been missing since June 23.')).map((s) => s.text)).toEqual([
      'The boys were found at 9:10 p.m. Monday by two British divers.',
      'They had been missing since June 23.',
    ]);
    expect(splitSentences(span('The statement was signed by John F. Kennedy. Aides said so.')).map((s) => s.text)).toEqual([
      'The statement was signed by John F. Kennedy.',
      'Aides said so.',
    ]);
  });

  it('keep offsets into the article', () => {
    const text = fixture('abbreviations.txt');
    for (const sentence of articleStructure(text).paragraphs.flatMap(splitSentences)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

describe('the coverage report', () => {
  it('lists dates, times and relative days as such, and times are not two numbers', () => {
    expect(report(fixture('times.txt'))).toEqual([
      { sentence: 'CHIANG RAI, Thailand, July 10', mentions: ['dateline July 10'] },
      {
        sentence: 'Divers entered the cave just after 10 a.m. on Tuesday, July 10, to bring out the last four boys and their coach.',
        mentions: ['time 10 a.m.', 'relative Tuesday', 'date July 10', 'number four'],
      },
      { sentence: 'The last diver left the cave at 9:10 p.m.', mentions: ['time 9:10 p.m.'] },
      { sentence: 'The operation took about 11 hours.', mentions: ['number 11'] },
      { sentence: 'The boys had been trapped since June 23.', mentions: ['date June 23'] },
      { sentence: 'Two boys were rescued on Sunday.', mentions: ['number Two', 'relative Sunday'] },
      { sentence: 'A week ago, doctors had feared the worst; last month nobody knew the cave.', mentions: ['relative A week ago', 'relative last month'] },
    ]);
  });

  it('flags "overnight", and leaves labels such as "Category 4" and descriptions such as "three-story" alone', () => {
    const abbreviations = report(fixture('abbreviations.txt'));
    expect(abbreviations.find((r) => r.sentence.startsWith('MIAMI'))?.mentions).toEqual(['dateline Sept. 10']);
    expect(abbreviations.find((r) => r.sentence === 'It weakened overnight.')?.mentions).toEqual(['relative overnight']);
    const numbers = report(fixture('large-numbers.txt'));
    expect(numbers.find((r) => r.sentence.startsWith('It agreed'))?.mentions).toEqual(['number $1.7 billion', 'number 3.4 percent', 'number 1.1M']);
    expect(numbers.find((r) => r.sentence.startsWith('Half'))?.mentions).toEqual(['number Half', 'number a dozen']);
    expect(numbers.some((r) => r.sentence.includes('three-story'))).toBe(false);
  });

  it('does not take words for figures', () => {
    expect(mentionsIn(span('Three people were dead and dozens injured.')).map((m) => m.text)).toEqual(['Three', 'dozens']);
    expect(mentionsIn(span('The dead were named.'))).toEqual([]);
  });

  it('reads captions and datelines as body text, and a declared date covers the dateline', () => {
    expect(report(fixture('captions.txt'))).toEqual([
      { sentence: 'Photo: Rescue workers at the entrance of the cave, July 2, 2018 (File photo)', mentions: ['date July 2, 2018'] },
      { sentence: 'CHIANG RAI, Thailand, July 3', mentions: ['dateline July 3'] },
      {
        sentence: 'All twelve boys and their coach were found alive late on Monday, nine days after they went missing.',
        mentions: ['number twelve', 'relative Monday', 'relative nine days after'],
      },
    ]);
    expect(report(fixture('captions.txt'), true).map((r) => r.sentence)).not.toContain('CHIANG RAI, Thailand, July 3');
  });

  it('drops a sentence once a quote covers its mentions, and keeps it while one is left', () => {
    const text = fixture('large-numbers.txt');
    const { paragraphs } = articleStructure(text);
    const quote = (words: string) => ({ text: words, start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const all = coverageReport(paragraphs, [quote('More than 40% of the lines were replaced.'), quote('Crews worked for a week.')]);
    expect(all.map((u) => u.sentence.text)).not.toContain('More than 40% of the lines were replaced.');
    const part = coverageReport(paragraphs, [quote('left 1.1 million people')]);
    expect(part.find((u) => u.sentence.text.startsWith('The storm'))?.mentions.map((m) => m.text)).toEqual(['3.4 million']);
  });

  it('finds datelines', () => {
    expect(datelineOf(span('BANGKOK, July 10 (Reuters) — Divers returned.'))?.text).toBe('BANGKOK, July 10 (Reuters) —');
    expect(datelineOf(span('THAM LUANG, Thailand (AP) — Divers returned.'))?.text).toBe('THAM LUANG, Thailand (AP) —');
    expect(datelineOf(span('The divers returned.'))).toBeNull();
  });

  it('takes a line that is only the article’s date for a dateline, which the story’s date covers', () => {
    // Wikinews prints its date under the headline; without this, no story of it could pass --check.
    const text = 'Storm closes the road\n\nSaturday, February 15, 2014\n\nThe road closed.\n';
    const { paragraphs } = articleStructure(text);
    expect(datelineOf(paragraphs[0]!)?.text).toBe('Saturday, February 15, 2014');
    expect(datelineOf(span('15 February 2014'))?.text).toBe('15 February 2014');
    expect(coverageReport(paragraphs, [], true)).toEqual([]);
    expect(coverageReport(paragraphs, [], false).map((u) => u.mentions.map((m) => m.kind))).toEqual([['dateline', 'dateline']]);
    expect(datelineOf(span('The storm of February 15, 2014 closed it.'))).toBeNull();
  });

  it('takes a line that is only a date in the story’s language for a dateline', () => {
    // The Arabic story's dateline; without its language it is two uncovered numbers.
    const text = 'عنوان\n\nالجمعة، 3 مارس 2023\n\nأعلنت اللجنة النتائج.\n';
    const { paragraphs } = articleStructure(text);
    expect(datelineOf(paragraphs[0]!, 'ar')?.text).toBe('الجمعة، 3 مارس 2023');
    expect(datelineOf(paragraphs[0]!)).toBeNull();
    expect(coverageReport(paragraphs, [], true, 'ar')).toEqual([]);
    expect(coverageReport(paragraphs, [], true).map((u) => u.mentions.map((m) => `${m.kind} ${m.text}`))).toEqual([['number 3', 'number 2023']]);
    expect(datelineOf(span('٣ مارس ٢٠٢٣'), 'ar-EG')?.text).toBe('٣ مارس ٢٠٢٣');
    expect(datelineOf(span('vendredi 3 mars 2023'), 'fr')?.text).toBe('vendredi 3 mars 2023');
    // Only a date: a sentence that holds one is body text, and a month of another language is no month.
    expect(datelineOf(span('أعلنت اللجنة في 3 مارس 2023 النتائج'), 'ar')).toBeNull();
    expect(datelineOf(span('الجمعة، 3 mars 2023'), 'ar')).toBeNull();
  });
});
