import { describe, expect, it } from 'vitest';
import { eventProblemCount, problemsAt, unplacedEventProblems, type Problem } from './problems';

const p = (path: string | null, message = 'm'): Problem => ({ text: `${path}: ${message}`, path, message });
const PROBLEMS = [p('events[1].figures[0]'), p('events[1].start'), p('events[10].title'), p('events[1]', 'whole event'), p('story.date'), p(null, 'file')];

describe('problems at their fields', () => {
  it('finds a field’s own problems, and everything under an event', () => {
    expect(problemsAt(PROBLEMS, 'events[1].start')).toEqual([PROBLEMS[1]]);
    expect(problemsAt(PROBLEMS, 'events[1]', true).map((x) => x.path)).toEqual(['events[1].figures[0]', 'events[1].start', 'events[1]']);
    expect(eventProblemCount(PROBLEMS, 10)).toBe(1);
  });

  it('keeps what no field shows for the top of the event', () => {
    expect(unplacedEventProblems(PROBLEMS, 1, 1, 1).map((x) => x.message)).toEqual(['whole event']);
    // A figure's problem shows at the figures section even when the form has no row for it.
    expect(unplacedEventProblems(PROBLEMS, 1, 0, 1).map((x) => x.path)).toEqual(['events[1]']);
  });
});
