// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kindTable, type KindTable } from '../../shared/schema/kinds';
import { defaultKinds, vocabularyOf } from '../../shared/schema/storyVocabulary';
import type { TimelineEvent } from '../../shared/schema/schema';
import { validateTimeline } from '../../shared/schema/validate';
import { TimelineChart } from './TimelineChart';
import { createViewStore } from './viewStore';

/**
 * The chart's drawing at fixed sizes, kept as files beside this test (`__snapshots__/`), as
 * observablehq/plot keeps its test plots: a change to what the chart draws shows in review as a
 * diff of these files. After a change meant to alter the drawing, look at it, then update them
 * with `npx vitest run src/features/timeline/TimelineChart.snapshot.test.tsx -u`.
 */

const result = validateTimeline(JSON.parse(readFileSync(join(process.cwd(), 'public/gaza-truce/data/timeline.json'), 'utf8')));
if (!result.ok) throw new Error('the committed timeline does not validate');
const { story, events } = result.timeline;
const truceKinds = kindTable(vocabularyOf(result.timeline));

const KINDS = ['exchange', 'casualties', 'violence', 'military', 'diplomacy', 'statement', 'humanitarian'] as const;

/** A dense synthetic story of the default vocabulary: 400 events in ten days, bunched at the same hours, some lasting days. */
function denseEvents(): TimelineEvent[] {
  const start = Date.UTC(2024, 2, 1);
  return Array.from({ length: 400 }, (_, i) => {
    const at = new Date(start + (i % 10) * 86_400_000 + ((i * 7) % 24) * 3_600_000).toISOString().slice(0, 16);
    const lasts = i % 37 === 0;
    const event = {
      id: `dense-${i}`,
      kind: KINDS[i % KINDS.length]!,
      title: `Event ${i} in the dense story`,
      start: lasts ? at.slice(0, 10) : `${at}Z`,
      ...(lasts ? { end: new Date(start + ((i % 10) + 3) * 86_400_000).toISOString().slice(0, 10) } : {}),
      dateBasis: i % 3 === 0 ? 'inferred' : 'stated',
      ...(i % 3 === 0 ? { dateNote: 'Worked out from the article.' } : {}),
      figures: [],
      quotes: [],
    };
    return event as TimelineEvent;
  });
}

/** The chart drawn `width` pixels wide, as markup with one element a line and React's generated ids numbered in order. */
function drawing(storyEvents: readonly TimelineEvent[], kinds: KindTable, width: number): string {
  let measure: ((entries: { contentRect: { width: number } }[]) => void) | undefined;
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: typeof measure) {
        measure = callback;
      }
      observe() {}
      disconnect() {}
    },
  );
  const { container } = render(<TimelineChart events={storyEvents} story={story} kinds={kinds} selectedId={null} onSelect={() => {}} view={createViewStore(null)} />);
  act(() => measure?.([{ contentRect: { width } }]));
  const html = container.querySelector('figure')?.outerHTML ?? '';
  const ids = new Map<string, string>();
  return `${html.replace(/«[^»]+»|:r[0-9a-z]+:|_r_[0-9a-z]+_/g, (id) => {
    if (!ids.has(id)) ids.set(id, `«id${ids.size}»`);
    return ids.get(id)!;
  }).replace(/></g, '>\n<')}\n`;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the chart as drawn', () => {
  it('draws the truce story 1280 pixels wide', async () => {
    await expect(drawing(events, truceKinds, 1280)).toMatchFileSnapshot('./__snapshots__/truce-1280.html');
  });

  it('draws the truce story 375 pixels wide', async () => {
    await expect(drawing(events, truceKinds, 375)).toMatchFileSnapshot('./__snapshots__/truce-375.html');
  });

  it('draws a dense synthetic story 1280 pixels wide', async () => {
    await expect(drawing(denseEvents(), defaultKinds(), 1280)).toMatchFileSnapshot('./__snapshots__/dense-1280.html');
  });
});
