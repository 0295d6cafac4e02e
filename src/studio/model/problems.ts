/**
 * The pipeline's problems, placed at the fields they name: `events[2].figures[0]` at that figure,
 * `events[2].start` at the start field, `story.date` at the story's date. Every message is the
 * pipeline's own; the studio only decides where to show it.
 */
export interface Problem {
  /** The whole line, as `npm run data` prints it after `data: `. */
  text: string;
  path: string | null;
  message: string;
}

/** Problems whose path is `path` exactly, or (with `within`) anything under it. */
export function problemsAt(problems: readonly Problem[], path: string, within = false): Problem[] {
  return problems.filter((p) => p.path !== null && (p.path === path || (within && (p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`)))));
}

/** How many problems an event has. */
export function eventProblemCount(problems: readonly Problem[], index: number): number {
  return problemsAt(problems, `events[${index}]`, true).length;
}

/** The fields an event's form shows messages at; anything else about the event is shown at its top. */
export function eventFieldPaths(index: number, figures: number, quotes: number): string[] {
  const at = `events[${index}]`;
  return [
    ...['id', 'kind', 'title', 'summary', 'start', 'end', 'dateBasis', 'dateNote', 'quotes', 'figures'].map((f) => `${at}.${f}`),
    ...Array.from({ length: figures }, (_, i) => `${at}.figures[${i}]`),
    ...Array.from({ length: quotes }, (_, i) => `${at}.quotes[${i}]`),
  ];
}

/** An event's problems that no field of its form shows. */
export function unplacedEventProblems(problems: readonly Problem[], index: number, figures: number, quotes: number): Problem[] {
  const fields = eventFieldPaths(index, figures, quotes);
  return problemsAt(problems, `events[${index}]`, true).filter((p) => !fields.some((f) => p.path === f || p.path?.startsWith(`${f}.`) || p.path?.startsWith(`${f}[`)));
}
