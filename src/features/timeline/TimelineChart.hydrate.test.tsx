// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { validateTimeline } from '../../shared/schema/validate';
import { TimelineChart } from './TimelineChart';
import { defaultKinds } from '../../shared/schema/storyVocabulary';
import { createViewStore } from './viewStore';

const result = validateTimeline(JSON.parse(readFileSync(join(process.cwd(), 'public/gaza-truce/data/timeline.json'), 'utf8')));
if (!result.ok) throw new Error('the committed timeline does not validate');
const { story, events } = result.timeline;

describe('hydrating the server render', () => {
  it('matches the first client render exactly', async () => {
    const chart = <TimelineChart events={events} story={story} kinds={defaultKinds()} selectedId="latest-exchange" onSelect={() => {}} view={createViewStore(null)} />;
    const container = document.createElement('div');
    // Render as the server does, where there is no window.
    vi.stubGlobal('window', undefined);
    const serverHtml = renderToString(chart);
    vi.unstubAllGlobals();
    container.innerHTML = serverHtml;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, chart, { onRecoverableError: recoverable });
      await Promise.resolve();
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(container.querySelector('[data-zoom-surface]')).not.toBeNull();
  });
});
