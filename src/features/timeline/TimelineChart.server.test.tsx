import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { validateTimeline } from '../../shared/schema/validate';
import { TimelineChart } from './TimelineChart';
import { defaultKinds } from '../../shared/schema/storyVocabulary';
import { createViewStore } from './viewStore';

// Runs in Node, with no window or document: the chart must render on the server for prerendering.

const result = validateTimeline(JSON.parse(readFileSync(join(process.cwd(), 'public/gaza-truce/data/timeline.json'), 'utf8')));
if (!result.ok) throw new Error('the committed timeline does not validate');
const { story, events } = result.timeline;

function html(selectedId: string | null = null) {
  return renderToString(<TimelineChart events={events} story={story} kinds={defaultKinds()} selectedId={selectedId} onSelect={() => {}} view={createViewStore(null)} />);
}

describe('the timeline on the server', () => {
  it('renders without a browser, deterministically, and without warnings', () => {
    expect(typeof window).toBe('undefined');
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const first = html();
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    expect(html()).toBe(first);
    expect(first).toContain('<figure');
    expect(first).toContain('<figcaption');
    expect(first).toContain('data-zoom-surface');
    // Every event is its own titled mark in the first view: no count stands for any.
    expect(first.match(/data-event-id="/g)).toHaveLength(events.length);
    expect(first).not.toMatch(/data-cluster-size/);
    // Calendar days are UTC days: the same title and ticks in every zone this suite runs under.
    expect(first).toContain('Timeline, 7 October – 30 November 2023');
    expect(first).toContain('>27 Nov</text>');
  });

  it('renders the selection', () => {
    expect(html('initial-truce')).toMatch(/data-event-id="initial-truce"[^>]*aria-current="true"/);
  });
});
