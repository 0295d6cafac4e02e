import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateTimeline } from '../../../shared/schema/validate';
import { buildItems, itemInstants, warpItems } from './items';
import { bandsHeight, groupRows, LABEL_PADDING, layoutMarks, markIds, navStops, placeBands, rowsAt } from './layout';
import { labelCandidates } from './markText';
import { chartMetrics } from './metrics';
import { openingLayout } from './opening';
import { viewScale } from './scale';
import { estimateTextWidth } from './textWidth';
import { storyWarp, windowToChart } from './warp';
import { type TimeWindow } from './window';
import { chartDomain } from './frame';
import { defaultKinds } from '../../../shared/schema/storyVocabulary';

const result = validateTimeline(JSON.parse(readFileSync(new URL('../../../../public/gaza-truce/data/timeline.json', import.meta.url), 'utf8')));
if (!result.ok) throw new Error('the committed timeline does not validate');
const real = buildItems(result.timeline.events, defaultKinds());
const warp = storyWarp(itemInstants(real));
const items = warpItems(real, warp);
const groups = groupRows(items);

/** The chart at `width` for a view in real time (null: the first view). */
function layout(realView: TimeWindow | null, width: number) {
  const metrics = chartMetrics(width);
  const domain = chartDomain(items);
  const opening = openingLayout(groups, domain, metrics);
  const bands = placeBands(groups, opening.tracks, metrics);
  const view = realView ? windowToChart(warp, realView) : opening.view;
  const scale = viewScale(view, domain, metrics.plotWidth);
  const rows = rowsAt(bands, scale, domain.end, metrics);
  const marks = layoutMarks(rows, scale, metrics);
  return { bands, rows, marks, stops: navStops(rows, marks, scale, metrics), metrics, opening, domain };
}

const WIDTHS = [288, 343, 608, 768, 1120];

describe('the chart layout of the story', () => {
  it('has one lane per group of kinds, each as tall as the tracks it stacks', () => {
    const { bands, metrics } = layout(null, 1120);
    expect(bands.map((band) => band.key)).toEqual(['periods', 'exchanges', 'violence', 'diplomacy', 'humanitarian']);
    const tracks = bands.reduce((sum, band) => sum + band.tracks, 0);
    expect(bandsHeight(bands)).toBe(tracks * metrics.trackHeight + bands.length * 2 * metrics.bandPad);
    // The eight statements and diplomacy of 30 November stack in eight tracks.
    expect(bands.find((band) => band.key === 'diplomacy')?.tracks).toBe(8);
  });

  it('opens on the whole story, with the seven quiet weeks drawn as a short break', () => {
    expect(warp.breaks).toHaveLength(1);
    const [quiet] = warp.breaks;
    expect(new Date(quiet!.start).toISOString()).toBe('2023-10-08T06:00:00.000Z');
    expect(new Date(quiet!.end).toISOString()).toBe('2023-11-23T18:00:00.000Z');
    for (const width of WIDTHS) {
      const { opening, domain } = layout(null, width);
      expect(opening.view).toEqual(domain);
      // The break takes under a tenth of the axis, where it took nine tenths.
      expect((quiet!.chartEnd - quiet!.chartStart) / (domain.end - domain.start)).toBeLessThan(0.1);
    }
  });

  it('draws every event as its own titled mark in the first view, at every width', () => {
    for (const width of WIDTHS) {
      const { marks, metrics } = layout(null, width);
      expect(marks.every((mark) => mark.kind === 'single'), `no count at ${width} px`).toBe(true);
      expect(marks.map(markIds).flat().sort()).toEqual(items.map((item) => item.id).sort());
      for (const mark of marks) {
        if (mark.kind !== 'single') continue;
        const whole = mark.label.text.replace(/…$/u, '');
        // The title, or its first words, beginning the label; never a bare number or count.
        expect(mark.item.event.title.startsWith(whole.split(' · ')[0]!), `${mark.label.text} at ${width} px`).toBe(true);
        expect(whole.split(' ').length, mark.label.text).toBeGreaterThanOrEqual(Math.min(2, mark.item.event.title.split(' ').length));
        expect(mark.label.x0).toBeGreaterThanOrEqual(0);
        expect(mark.label.x1).toBeLessThanOrEqual(metrics.plotWidth);
      }
    }
  });

  it('accounts for every event exactly once, zoomed or not, at every width', () => {
    const views = [null, { start: Date.UTC(2023, 9, 1), end: Date.UTC(2023, 11, 5) }, { start: Date.UTC(2023, 10, 30), end: Date.UTC(2023, 11, 1) }];
    for (const width of WIDTHS) {
      for (const view of views) {
        const { marks, stops } = layout(view, width);
        const ids = stops.flatMap((s) => s.ids).sort();
        expect(ids).toEqual(items.map((i) => i.id).sort());
        expect(new Set(marks.flatMap(markIds)).size).toBe(marks.flatMap(markIds).length);
      }
    }
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
    for (const width of WIDTHS) {
      for (const view of [null, { start: Date.UTC(2023, 10, 22), end: Date.UTC(2023, 11, 1) }, { start: Date.UTC(2023, 10, 29, 22), end: Date.UTC(2023, 11, 1, 2) }]) {
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

describe('tracks at zoom levels already stacked', () => {
  it('are reused when the reader zooms back to a level, and stacked again past the levels kept', () => {
    const metrics = chartMetrics(1120);
    const domain = chartDomain(items);
    const bands = placeBands(groups, openingLayout(groups, domain, metrics).tracks, metrics);
    const at = (zoom: number) => {
      const span = (domain.end - domain.start) / zoom;
      return rowsAt(bands, viewScale({ start: domain.end - span, end: domain.end }, domain, metrics.plotWidth), domain.end, metrics);
    };
    const first = at(1);
    // Zooming in by doublings crosses a new level each time; zooming back out finds the first one kept.
    for (const zoom of [2, 4, 8]) expect(at(zoom)[0]).not.toBe(first[0]);
    expect(at(1)[0]).toBe(first[0]);
    // Twelve other levels later, the first is no longer kept: stacked again, to the same tracks.
    for (let step = 1; step <= 12; step += 1) at(2 ** (step / 4));
    const again = at(1);
    expect(again[0]).not.toBe(first[0]);
    expect(again.map((row) => row.items.map((item) => item.id))).toEqual(first.map((row) => row.items.map((item) => item.id)));
  });
});
