// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { validateTimeline } from '../../shared/schema/validate';
import { FiguresSection } from '../figures/FiguresSection';
import { ArticlePanel } from './ArticlePanel';
import { EventDetail } from './EventDetail';
import { defaultKinds } from '../../shared/schema/storyVocabulary';

const result = validateTimeline(JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/gaza-truce/data/timeline.json'), 'utf8')));
if (!result.ok) throw new Error('the committed timeline is invalid');
const { story, events } = result.timeline;

function Reading({ selectedId }: { selectedId: string | null }) {
  const eventHref = (id: string) => `?event=${id}`;
  return (
    <div>
      <EventDetail story={story} events={events} kinds={defaultKinds()} selectedId={selectedId} />
      <FiguresSection story={story} events={events} kinds={defaultKinds()} selectedId={selectedId} onSelect={() => undefined} eventHref={eventHref} />
      <ArticlePanel story={story} events={events} selectedId={selectedId} onSelect={() => undefined} eventHref={eventHref} />
    </div>
  );
}

describe('server rendering', () => {
  it('renders the detail, figures and article with an event selected, and hydrates without a mismatch', async () => {
    const html = renderToString(<Reading selectedId="exchange-totals" />);
    expect(html).toContain('Hostages and prisoners released since the truce began');
    expect(html).toMatch(/<mark[^>]*aria-current="true"/);

    const container = document.createElement('div');
    container.innerHTML = html;
    const serverNodes = [...container.querySelectorAll('*')];
    document.body.append(container);
    const errors: unknown[] = [];
    const consoleError = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    await act(async () => {
      hydrateRoot(container, <Reading selectedId="exchange-totals" />, { onRecoverableError: (error) => errors.push(error) });
      await Promise.resolve();
    });
    expect(errors).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    // Hydration left the server's DOM as it was (compared as parsed, since parsing lowercases attributes).
    const parsed = document.createElement('div');
    parsed.innerHTML = html;
    expect(container.innerHTML).toBe(parsed.innerHTML);
    // And adopted the server's nodes rather than replacing them.
    expect([...container.querySelectorAll('*')]).toEqual(serverNodes);
  });
});
