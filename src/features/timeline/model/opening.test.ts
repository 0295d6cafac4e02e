import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../shared/schema/schema';
import { validateTimeline } from '../../../shared/schema/validate';
import { chartDomain, chartItems } from './frame';
import { groupRows, isTitledInView, marksFor, placeBands, rowsAt, type ChartMark } from './layout';
import { chartMetrics } from './metrics';
import { openingLayout, TRACK_BUDGET, TRACKS_PER_LANE } from './opening';
import { viewScale } from './scale';
import { DAY, spanOf, type TimeWindow } from './window';
import { defaultKinds } from '../../../shared/schema/storyVocabulary';

const KINDS = ['exchange', 'casualties', 'diplomacy', 'statement', 'humanitarian', 'military'] as const;
const WORDS = ['Officials', 'in', 'Doha', 'say', 'talks', 'resume', 'after', 'a', 'pause', 'over', 'aid', 'convoys', 'and', 'hostages'];

/** `count` events of varied titles spread evenly over 2024, kinds in turn. */
function yearStory(count: number): TimelineEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor((i * 365) / count) * DAY).toISOString().slice(0, 10);
    const title = WORDS.slice(0, 4 + (i % 9)).join(' ') + ` ${i}`;
    return { id: `e${i}`, kind: KINDS[i % KINDS.length]!, title, start: day, dateBasis: 'stated', figures: [], quotes: [{ text: 'x', start: 0, end: 1 }] };
  });
}

function chart(events: readonly TimelineEvent[], width: number) {
  const { items, warp } = chartItems(events, defaultKinds());
  const metrics = chartMetrics(width);
  const domain = chartDomain(items);
  const groups = groupRows(items);
  const opening = openingLayout(groups, domain, metrics);
  const bands = placeBands(groups, opening.tracks, metrics);
  const marks = marksFor(bands, opening.view, domain, metrics);
  return { items, warp, domain, groups, metrics, opening, bands, marks };
}

const titled = (marks: readonly ChartMark[], metrics: ReturnType<typeof chartMetrics>) => marks.filter((mark) => isTitledInView(mark, metrics));

const truce = validateTimeline(JSON.parse(readFileSync(new URL('../../../../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8')));
if (!truce.ok) throw new Error('the committed timeline does not validate');

describe('the first view', () => {
  it('opens the truce story on the whole story, every event titled and in view, at every width', () => {
    for (const width of [288, 343, 608, 1120]) {
      const { opening, domain, marks, metrics } = chart(truce.timeline.events, width);
      expect(opening.view).toEqual(domain);
      expect(titled(marks, metrics)).toHaveLength(truce.timeline.events.length);
    }
  });

  it('opens a year of evenly spread events on a stretch it can title, with no counts', () => {
    const events = yearStory(60);
    for (const width of [343, 1120]) {
      const { opening, domain, marks, metrics, warp } = chart(events, width);
      // No long quiet stretch: the axis is not broken.
      expect(warp.breaks).toHaveLength(0);
      expect(marks.some((mark) => mark.kind === 'cluster'), `a count at ${width} px`).toBe(false);
      // Every mark in view is titled, and the view holds a good part of the year.
      const inView = marks.filter((mark) => mark.x >= 0 && mark.x <= metrics.plotWidth);
      expect(titled(marks, metrics).length).toBeGreaterThanOrEqual(inView.length - 1);
      expect(titled(marks, metrics).length).toBeGreaterThanOrEqual(width > 600 ? 20 : 10);
      expect(spanOf(opening.view)).toBeGreaterThanOrEqual(spanOf(domain) / 8);
    }
  });

  it('keeps the tracks within the budget, and opens a crowded story on the whole story with counts', () => {
    const events = yearStory(3000);
    const { opening, domain } = chart(events, 1120);
    expect(opening.view).toEqual(domain);
    expect(opening.tracks.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TRACK_BUDGET);
    expect(Math.max(...opening.tracks)).toBeLessThanOrEqual(TRACKS_PER_LANE);
  });

  it('property: every event in view is titled or, only in a lane whose tracks overflow, in a count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom(288, 343, 768, 1120),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.02, max: 1, noNaN: true }),
        (count, width, at, share) => {
          const { domain, bands, metrics } = chart(yearStory(count), width);
          const span = spanOf(domain) * share;
          const start = domain.start + (spanOf(domain) - span) * at;
          const view: TimeWindow = { start, end: start + span };
          const scale = viewScale(view, domain, metrics.plotWidth);
          const rows = rowsAt(bands, scale, domain.end, metrics);
          const marks = marksFor(bands, view, domain, metrics);
          const overflowing = new Set(rows.filter((row) => row.overflow).map((row) => row.key));
          for (const mark of marks) if (mark.kind === 'cluster') expect(overflowing.has(mark.row.key), mark.row.key).toBe(true);
          // Marks of one track never overlap: a mark and its label are one box.
          const boxes = marks.map((mark) => {
            const half = metrics.markSize / 2;
            if (mark.kind === 'cluster') return { row: mark.row.key, x0: mark.x - mark.width / 2, x1: mark.x + mark.width / 2 };
            return { row: mark.row.key, x0: Math.min(mark.x - half, mark.label.x0), x1: Math.max(mark.x + half, mark.label.x1) };
          });
          for (const a of boxes) for (const b of boxes) if (a !== b && a.row === b.row) expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
