import { parse, stringify } from 'yaml';
import { normalizeAuthoring, type StudioAuthoring } from '../../src/studio/model/authoring.ts';

/**
 * Writes an authoring file the way a person would: keys in a fixed order, one field per line, a
 * figure as one `{ value, unit, label }` line, each quote on a line of its own, so that a save
 * changes only the lines the editor changed. Every file written is read back and compared with
 * what it was meant to hold; a difference is an error, never a silently different file.
 */

const INDENT = '  ';

/** A scalar as YAML writes it on one line; inside `{ }` a plain one may not hold commas or brackets. */
function scalar(value: unknown, flow: boolean): string {
  // Only the line break yaml ends with goes: trimEnd() would also eat a U+205F the words end with.
  const line = (out: string) => out.replace(/\n$/, '');
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : line(stringify(String(value), { lineWidth: 0 }));
  const text = String(value);
  const plain = line(stringify(text, { lineWidth: 0 }));
  const oneLine = !plain.includes('\n');
  if (oneLine && !(flow && /[,[\]{}]/.test(plain) && !/^["']/.test(plain))) return plain;
  return line(stringify(text, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }));
}

/** A value inside `{ }` or `[ ]`: a list of scalars as `[a, b]`, a map as `{ k: v }`. */
function flowValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') return flowMap(value as Record<string, unknown>);
  return scalar(value, true);
}

function flowMap(map: Record<string, unknown>): string {
  return `{ ${Object.entries(map)
    .map(([key, value]) => `${key}: ${flowValue(value)}`)
    .join(', ')} }`;
}

/** Maps written on one line: a lane's colour, `{ light, dark }`. */
const FLOW_KEYS = new Set(['color']);

/** A list of maps written as block items, each key on a line of its own (events, lanes). */
function blockItems(items: readonly Record<string, unknown>[], depth: number, separate: boolean): string[] {
  const lines: string[] = [];
  items.forEach((item, i) => {
    const [first, ...rest] = block(item, depth + 1);
    lines.push(`${INDENT.repeat(depth)}- ${(first ?? '').trimStart()}`, ...rest);
    if (separate && i < items.length - 1) lines.push('');
  });
  return lines;
}

function block(map: Record<string, unknown>, depth: number): string[] {
  const pad = INDENT.repeat(depth);
  const lines: string[] = [];
  for (const [key, value] of Object.entries(map)) {
    if (Array.isArray(value)) {
      if (value.length === 0) {
        lines.push(`${pad}${key}: []`);
        continue;
      }
      lines.push(`${pad}${key}:`);
      for (const item of value) lines.push(`${pad}${INDENT}- ${item !== null && typeof item === 'object' ? flowMap(item as Record<string, unknown>) : scalar(item, false)}`);
    } else if (value !== null && typeof value === 'object' && FLOW_KEYS.has(key)) {
      lines.push(`${pad}${key}: ${flowMap(value as Record<string, unknown>)}`);
    } else if (value !== null && typeof value === 'object') {
      const inner = block(value as Record<string, unknown>, depth + 1);
      lines.push(inner.length > 0 ? `${pad}${key}:` : `${pad}${key}: {}`, ...inner);
    } else lines.push(`${pad}${key}: ${scalar(value, false)}`);
  }
  return lines;
}

/** The opening comment of a file: its first lines that are comments or blank, up to the first key. */
export function leadingComment(text: string): string {
  const lines = text.split('\n');
  const head: string[] = [];
  for (const line of lines) {
    if (/^\s*#/.test(line) || (head.length > 0 && line.trim() === '')) head.push(line);
    else break;
  }
  while (head.length > 0 && head.at(-1)?.trim() === '') head.pop();
  return head.join('\n');
}

/** How many comment lines a file holds after its opening comment: the studio does not keep those. */
export function innerComments(text: string): number {
  const head = leadingComment(text).split('\n').filter(Boolean).length;
  return text.split('\n').filter((line) => /^\s*#/.test(line) || /\s#\s/.test(line.replace(/(["']).*?\1/g, ''))).length - head;
}

/** The comment a new story's file opens with. */
export function newFileComment(seed: string): string {
  return [
    `# Authoring file for ${seed}, made in the Sourceline studio.`,
    "# Each event lists the article's own words it rests on (quotes, verbatim, no offsets):",
    '# `npm run data` finds them, records their offsets and checks every figure against them.',
  ].join('\n');
}

/** Thrown when the text written would not read back as the data it was written from. */
export class UnfaithfulYamlError extends Error {}

/** The authoring file's text for `authoring`, opening with `comment`. */
export function authoringYaml(authoring: StudioAuthoring, comment: string): string {
  const data = normalizeAuthoring(authoring);
  const { seed, story, vocabulary, events } = data as {
    seed: unknown;
    story: Record<string, unknown>;
    vocabulary?: { lanes: Record<string, unknown>[]; figureGroups?: Record<string, unknown>[] };
    events: Record<string, unknown>[];
  };
  const lines = [...(comment ? [comment] : []), `seed: ${scalar(seed, false)}`, ''];
  const storyLines = block(story, 1);
  lines.push(storyLines.length > 0 ? 'story:' : 'story: {}', ...storyLines, '');
  if (vocabulary) {
    lines.push('vocabulary:', vocabulary.lanes.length > 0 ? `${INDENT}lanes:` : `${INDENT}lanes: []`, ...blockItems(vocabulary.lanes, 2, false));
    if (vocabulary.figureGroups) lines.push(...block({ figureGroups: vocabulary.figureGroups }, 1));
    lines.push('');
  }
  if (events.length === 0) lines.push('events: []');
  else lines.push('events:', ...blockItems(events, 1, true));
  const text = `${lines.join('\n')}\n`;
  const back: unknown = parse(text);
  if (JSON.stringify(back) !== JSON.stringify(data)) throw new UnfaithfulYamlError('the studio could not write this authoring file faithfully (it would not read back as written); nothing was saved');
  return text;
}
