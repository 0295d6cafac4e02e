import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateTimeline } from '../data/validate';
import { buildItems } from './items';
import { groupRows, LABEL_PADDING, layoutMarks, markIds, navStops, placeRows, rowsHeight } from './layout';
import { labelCandidates } from './markText';
import { chartMetrics } from './metrics';
import { viewScale } from './scale';
import { estimateTextWidth } from './textWidth';
import { storyDomain, type TimeWindow } from './window';

const result = validateTimeline(JSON.parse(readFileSync(new URL('../../../public/data/timeline.json', import.meta.url), 'utf8')));
if (!result.ok) throw new Error('the committed timeline does not validate');
const items = buildItems(result.timeline.events);
const domain = storyDomain(items);

function layout(view: TimeWindow, width: number) {
  const metrics = chartMetrics(width);
  const rows = placeRows(groupRows(items), metrics);
  const scale = viewScale(view, domain, metrics.plotWidth);
  const marks = layoutMarks(rows, scale, metrics);
  return { rows, marks, stops: navStops(rows, marks, scale, metrics), metrics };
}

describe('the chart layout of the story', () => {
  it('has the truce periods on two rows above one row per lane', () => {
    const { rows, metrics } = layout(domain, 1120);
    expect(rows.map((r) => r.key)).toEqual(['periods-0', 'periods-1', 'exchanges', 'violence', 'diplomacy', 'humanitarian']);
    expect(rowsHeight(rows)).toBe(2 * metrics.periodRowHeight + 4 * metrics.laneHeight);
  });

  it('accounts for every event exactly once at the whole-story view, at every width', () => {
    for (const width of [288, 343, 768, 1120]) {
      const { marks, stops } = layout(domain, width);
      const ids = marks.flatMap(markIds).sort();
      expect(ids).toEqual(items.map((i) => i.id).sort());
      expect(stops.flatMap((s) => s.ids).sort()).toEqual(ids);
    }
  });

  it('clusters the crowded last day at the whole-story view and splits it on zooming in', () => {
    const whole = layout(domain, 1120);
    const crowded = whole.marks.find((m) => m.kind === 'cluster' && m.row.key === 'diplomacy');
    expect(crowded?.kind === 'cluster' && crowded.items.length).toBe(8);
    const day = layout({ start: Date.UTC(2023, 10, 30), end: Date.UTC(2023, 11, 1) }, 1120);
    const diplomacy = day.marks.filter((m) => m.row.key === 'diplomacy');
    expect(diplomacy.length).toBeGreaterThan(1);
    const hours = layout({ start: Date.UTC(2023, 10, 30, 9), end: Date.UTC(2023, 10, 30, 15) }, 1120);
    expect(hours.marks.filter((m) => m.kind === 'single').length).toBeGreaterThan(0);
    expect(hours.marks.every((m) => m.kind === 'single')).toBe(true);
  });

  it('steps through the story’s marks in time order, beyond the view too', () => {
    const { stops } = layout({ start: Date.UTC(2023, 10, 30), end: Date.UTC(2023, 11, 1) }, 1120);
    const times = stops.map((s) => s.time);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(stops[0]?.ids).toContain('hamas-attacks-israel');
    expect(stops.flatMap((s) => s.ids)).toHaveLength(items.length);
  });
});

describe('labels as drawn', () => {
  it('never show part of a figure: a label is whole, or cut between words', () => {
    for (const width of [288, 343, 768, 1120]) {
      for (const view of [domain, { start: Date.UTC(2023, 10, 22), end: Date.UTC(2023, 11, 1) }, { start: Date.UTC(2023, 10, 29, 22), end: Date.UTC(2023, 11, 1, 2) }]) {
        const { marks, metrics } = layout(view, width);
        for (const mark of marks) {
          if (mark.kind !== 'single') continue;
          const { text, x0, x1 } = mark.label;
          // The text fits its box as estimated, so the browser has nothing left to cut.
          expect(estimateTextWidth(text, metrics.fontPx) + LABEL_PADDING).toBeLessThanOrEqual(x1 - x0 + 0.5);
          const whole = text.endsWith('…') ? text.slice(0, -1) : text;
          const full = labelCandidates(mark.item.event).find((candidate) => candidate.startsWith(whole));
          expect(full, `${text} is a shortened candidate`).toBeDefined();
          for (const number of whole.match(/[\d,.]+\d|\d/g) ?? []) expect(full!.split(' ')).toContain(number);
        }
      }
    }
  });
});
