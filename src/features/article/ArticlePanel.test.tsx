// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateTimeline } from '../../shared/schema/validate';
import { articleStructure } from '../../shared/article/structure';
import { ArticlePanel } from './ArticlePanel';
import { passageId } from '../../shared/article/passages';
import { ShowInArticleLink } from '../../shared/ui/ShowInArticleLink';

const result = validateTimeline(JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/gaza-truce/data/timeline.json'), 'utf8')));
if (!result.ok) throw new Error('the committed timeline is invalid');
const { story, events } = result.timeline;
const eventHref = (id: string) => `?event=${id}`;
const SHARED = 'Since the truce began on November 24';

afterEach(cleanup);

function renderPanel(selectedId: string | null = null, onSelect = vi.fn()) {
  const view = render(<ArticlePanel story={story} events={events} selectedId={selectedId} onSelect={onSelect} eventHref={eventHref} />);
  return { ...view, onSelect };
}

/** A block's text as a reader would copy it: the closed menus of shared passages left out. */
function readableText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.quote-menu').forEach((menu) => menu.remove());
  return copy.textContent ?? '';
}

describe('the article panel', () => {
  it('renders the headline and every paragraph exactly as shipped', () => {
    const { container } = renderPanel();
    const article = container.querySelector('article');
    expect(article).not.toBeNull();
    const { headlines, paragraphs } = articleStructure(story.text, story.headlines);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(headlines[0]?.text);
    const shown = [...(article?.querySelectorAll('.article__paragraph') ?? [])].map(readableText);
    expect(shown).toEqual(paragraphs.map((p) => p.text));
  });

  it('for a story of thousands of events, starts without its paragraphs and fills in to the same article', async () => {
    const progressive = <ArticlePanel story={story} events={events} selectedId="latest-exchange" onSelect={vi.fn()} eventHref={eventHref} progressive />;
    const html = renderToString(progressive);
    expect(html).not.toContain('article__paragraph');
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('Setting out the article: 0 of');

    // React's generated ids (for menus) differ between two renders; everything else must not.
    const withoutIds = (html: string) => html.replace(/_r_\w+_/g, 'id');
    const whole = withoutIds(renderPanel('latest-exchange').container.querySelector('article')!.innerHTML);
    cleanup();
    const { container } = render(progressive);
    await waitFor(() => expect(container.querySelector('article')?.getAttribute('aria-busy')).toBeNull());
    // The same paragraphs and marks, the selected ones current, only grouped into runs.
    const runs = container.querySelectorAll('article > .article__run');
    expect(runs.length).toBeGreaterThan(0);
    expect(withoutIds(Array.from(runs, (run) => run.innerHTML).join(''))).toBe(whole);
    expect(container.querySelector('.region-pending')).toBeNull();
  });

  it('marks every quote of every event with a link to that event', () => {
    const { container } = renderPanel();
    for (const event of events) {
      const marks = [...container.querySelectorAll<HTMLElement>('mark[data-event-ids]')].filter((m) =>
        (m.dataset.eventIds ?? '').split(' ').includes(event.id),
      );
      const marked = marks.map((m) => m.querySelector('.quote-mark__link')?.textContent).join('');
      for (const quote of event.quotes) expect(marked, event.id).toContain(quote.text);
    }
    const link = screen.getByRole('link', { name: 'However, Israel has not yet responded to this offer.' });
    expect(link.getAttribute('href')).toBe('?event=israel-not-responded');
  });

  it('selects an event on a plain click of its mark, and leaves other clicks to the browser', () => {
    const { onSelect } = renderPanel();
    const link = screen.getByRole('link', { name: 'However, Israel has not yet responded to this offer.' });
    expect(fireEvent.click(link)).toBe(false); // default prevented
    expect(onSelect).toHaveBeenCalledWith('israel-not-responded');
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
    expect(fireEvent.click(link, { button: 1 })).toBe(true);
    expect(onSelect).toHaveBeenCalledTimes(1);
  });

  it('makes the selected event’s marks current, and no others', () => {
    const { container } = renderPanel('latest-exchange');
    const current = [...container.querySelectorAll('mark[aria-current="true"]')];
    expect(current.map((m) => m.textContent)).toEqual([
      'As the latest group of Israeli hostages was released in exchange for Palestinian prisoners',
      events.find((e) => e.id === 'latest-exchange')?.quotes[1]?.text,
    ]);
    expect(container.querySelector('.article-panel__status')?.textContent).toBe(
      'Highlighted: The latest exchange of hostages and prisoners (2 passages). Event detail',
    );
  });

  it('offers every event quoting a shared passage, in a menu that closes and returns focus', () => {
    const { onSelect, container } = renderPanel('initial-truce');
    const shared = screen.getByRole('link', { name: SHARED });
    expect(shared.closest('mark')?.getAttribute('aria-current')).toBe('true');
    const toggle = screen.getByRole('button', { name: '2 events quote this passage' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: 'Events quoting this passage' })).toBeNull();

    fireEvent.click(toggle);
    const menu = screen.getByRole('group', { name: 'Events quoting this passage' });
    const links = within(menu).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['?event=initial-truce', '?event=exchange-totals']);
    expect(links[0]?.getAttribute('aria-current')).toBe('true');

    fireEvent.click(links[1]!);
    expect(onSelect).toHaveBeenCalledWith('exchange-totals');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);

    fireEvent.click(toggle);
    fireEvent.keyDown(within(container).getByRole('link', { name: /Hostages and prisoners released/ }), { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('is a disclosure on a phone, opened by "show in article", which focuses the passage', () => {
    const quote = events.find((e) => e.id === 'west-bank-deaths')?.quotes[0];
    if (!quote) throw new Error('missing quote');
    render(
      <>
        <ShowInArticleLink passage={passageId(quote.start)}>Show in article</ShowInArticleLink>
        <ArticlePanel story={story} events={events} selectedId="west-bank-deaths" onSelect={vi.fn()} eventHref={eventHref} />
      </>,
    );
    const toggle = screen.getByRole('button', { name: 'Show the article' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(fireEvent.click(screen.getByRole('link', { name: 'Show in article' }))).toBe(false);
    expect(screen.getByRole('button', { name: 'Hide the article' }).getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.textContent).toBe(quote.text);
    expect(document.activeElement?.id).toBe(`passage-${quote.start}`);
  });

  it('offers a way back, right after the words "show in article" led to, that returns focus to the link', () => {
    const event = events.find((e) => e.id === 'jerusalem-shooting');
    const quote = event?.quotes[0];
    if (!event || !quote) throw new Error('missing quote');
    const panel = (selectedId: string) => <ArticlePanel story={story} events={events} selectedId={selectedId} onSelect={vi.fn()} eventHref={eventHref} />;
    const { rerender } = render(
      <>
        <section data-reveal-return="Back to the event">
          <ShowInArticleLink passage={passageId(quote.start)}>Show in article</ShowInArticleLink>
        </section>
        {panel(event.id)}
      </>,
    );
    expect(screen.queryByRole('link', { name: 'Back to the event' })).toBeNull();
    const show = screen.getByRole('link', { name: 'Show in article' });
    fireEvent.click(show);
    expect(document.activeElement?.id).toBe(`passage-${quote.start}`);
    const back = screen.getByRole('link', { name: 'Back to the event' });
    // Right after the quoted words: the next link in the page after the passage.
    const links = screen.getAllByRole('link');
    const previous = links[links.indexOf(back) - 1];
    expect(previous?.classList.contains('quote-mark__link')).toBe(true);
    expect(quote.text.endsWith(previous?.textContent ?? '∅')).toBe(true);
    expect(back.closest('p')?.textContent).toContain(quote.text);
    expect(fireEvent.click(back)).toBe(false);
    expect(document.activeElement).toBe(show);
    expect(screen.queryByRole('link', { name: 'Back to the event' })).toBeNull();

    // Selecting another event drops the way back.
    fireEvent.click(show);
    expect(screen.getByRole('link', { name: 'Back to the event' })).toBeTruthy();
    rerender(
      <>
        <section data-reveal-return="Back to the event">
          <ShowInArticleLink passage={passageId(quote.start)}>Show in article</ShowInArticleLink>
        </section>
        {panel('west-bank-deaths')}
      </>,
    );
    expect(screen.queryByRole('link', { name: 'Back to the event' })).toBeNull();
  });
});
