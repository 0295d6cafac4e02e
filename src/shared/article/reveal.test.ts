// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { passageId } from './passages';
import { onRevealRequest, requestReveal, wayBackFrom, wayBackLabel } from './reveal';

afterEach(() => document.body.replaceChildren());

/** A page with a panel holding passage 120, and a region with a way back holding a link. */
function page() {
  document.body.innerHTML = `
    <section id="detail" data-x><a id="link" href="#passage-120">Show in article</a></section>
    <section id="panel"><p><a id="passage-120">the words</a></p></section>`;
  const detail = document.getElementById('detail')!;
  for (const [name, value] of Object.entries(wayBackFrom('Back to the event'))) detail.setAttribute(name, value);
  return { panel: document.getElementById('panel')!, link: document.getElementById('link')! };
}

describe('revealing a passage and the way back', () => {
  it('takes a request from a link to the panel, with the link it came from', () => {
    const { panel, link } = page();
    const reveal = vi.fn();
    const stop = onRevealRequest(panel, reveal);
    expect(requestReveal(passageId(120), link)).toBe(true);
    expect(reveal).toHaveBeenCalledWith(document.getElementById('passage-120'), link);
    stop();
    // Without a panel listening, the link keeps its default (an in-page anchor).
    expect(requestReveal(passageId(120), link)).toBe(false);
    expect(requestReveal(passageId(999), link)).toBe(false);
    expect(reveal).toHaveBeenCalledTimes(1);
  });

  it('names the way back for the region a link is in, and none elsewhere', () => {
    const { panel, link } = page();
    expect(wayBackLabel(link)).toBe('Back to the event');
    expect(wayBackLabel(panel)).toBeNull();
    expect(wayBackLabel(null)).toBeNull();
  });
});
