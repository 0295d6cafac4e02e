/** The bench's goals, held against what was measured: where Sourceline meets them and where it does not. */
import { summarise, type Cell } from './results.ts';
import type { Tool } from './tools.ts';

/** Heap after load and a garbage collection, at 10,000 events, in MiB. */
export const HEAP_GOAL_MIB = 30;
/** From the first event to the whole page (list, article, figures) at 100,000 events, in ms. */
export const WHOLE_GOAL_MS = 5_000;

const MIB = 2 ** 20;

/** One sentence per goal and story, saying what was measured and whether the goal is met. */
export function goalNotes(cells: readonly Cell[]): string[] {
  const summary = (story: string, tool: Tool) => {
    const cell = cells.find((c) => c.story === story && c.tool === tool);
    return cell && !cell.failure && cell.runs.length > 0 ? summarise(cell.runs) : null;
  };
  const met = (ok: boolean) => (ok ? 'met' : 'missed');
  const notes: string[] = cells
    .filter((c) => !c.failure && c.failedRuns?.length)
    .map((c) => `${c.story}: ${c.failedRuns!.length} of ${c.tool}'s runs failed (${c.failedRuns!.join('; ')}); its medians are of the ${c.runs.length} runs that finished.`);
  for (const story of [...new Set(cells.map((c) => c.story))]) {
    const ours = summary(story, 'Sourceline');
    if (!ours) {
      notes.push(`${story}: Sourceline did not finish, so no goal can be checked.`);
      continue;
    }
    for (const anchor of ['TimelineJS3', 'vis-timeline'] as const) {
      const theirs = summary(story, anchor);
      if (!theirs) continue;
      const ratio = ours.firstEvent / theirs.firstEvent;
      notes.push(`${story}: first event ${ours.firstEvent.toFixed(0)} ms against ${anchor}'s ${theirs.firstEvent.toFixed(0)} ms (${(ratio * 100).toFixed(0)} %; goal ≤ 50 %: ${met(ratio <= 0.5)}).`);
    }
    const events = cells.find((c) => c.story === story)?.events ?? 0;
    const frameGoal = events >= 100_000 ? 33 : events >= 10_000 ? 16.7 : null;
    if (frameGoal !== null) {
      const worst = Math.max(ours.zoomP95, ours.panP95);
      notes.push(`${story}: p95 frame ${ours.zoomP95.toFixed(1)} ms zooming, ${ours.panP95.toFixed(1)} ms panning (goal ≤ ${frameGoal} ms: ${met(worst <= frameGoal)}).`);
    }
    if (events >= 10_000 && events < 100_000) {
      const mib = (ours.heapMb * 1e6) / MIB;
      notes.push(`${story}: heap ${mib.toFixed(1)} MiB after load and a garbage collection (goal ≤ ${HEAP_GOAL_MIB} MiB: ${met(mib <= HEAP_GOAL_MIB)}).`);
    }
    if (events >= 100_000) {
      const whole = Number.isFinite(ours.wholeMs) ? `${(ours.wholeMs / 1000).toFixed(1)} s` : 'not measured';
      notes.push(`${story}: the whole page (list, article, figures) ${whole} after the first event (goal ≤ ${WHOLE_GOAL_MS / 1000} s: ${met(ours.wholeMs <= WHOLE_GOAL_MS)}).`);
    }
  }
  return notes;
}
