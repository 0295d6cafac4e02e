import { expect, test, type Frame, type Page } from '@playwright/test';
import { APP_BASE, HOST_ORIGIN } from './support/ports';
import { selectInEmbed, selectedInEmbed, watchPage } from './support/embedWatch';

/**
 * Both sides of the embed protocol under attack: a news page that turns hostile and floods its
 * embed with forged, malformed and oversized messages; an embed (or anything running in its
 * window) that floods the news page; a third window forging either side; and a live blog that
 * pastes the snippet fifty times, script tag and all. Every attack must be inert: no error, no
 * navigation, no scrolling, no selection, no markup, no change to Object.prototype, and the embed
 * still works afterwards.
 */

const APP_ORIGIN = new URL(APP_BASE).origin;

/** Every frame keeps the messages it receives (the first 120 characters of each), for the tests to count. */
async function recordMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const received: string[] = [];
    (window as unknown as { received: string[] }).received = received;
    addEventListener('message', (event) => received.push(typeof event.data === 'string' ? event.data.slice(0, 120) : `(${typeof event.data})`));
  });
}

/** The app's frame whose address holds `childId`. */
async function appFrame(page: Page, childId: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url().startsWith(APP_ORIGIN) && frame.url().includes(`childId=${childId}`))).toBe(true);
  return page.frames().find((frame) => frame.url().startsWith(APP_ORIGIN) && frame.url().includes(`childId=${childId}`))!;
}

const polluted = (target: Page | Frame) => target.evaluate(() => ({ polluted: ({} as Record<string, unknown>).polluted, pwned: (window as { __pwned?: unknown }).__pwned }));

test('a hostile news page: the embed ignores every forged, malformed or oversized message, and still works', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(`${HOST_ORIGIN}/parent.html`);
  const frameLocator = page.frameLocator('#child');
  await expect(frameLocator.locator('.embed-credit')).toBeVisible();
  const child = await appFrame(page, 'story');
  const fromChild = () => page.evaluate(() => (window as unknown as { fromChild: string[] }).fromChild);
  await expect.poll(async () => (await fromChild()).some((message) => message.startsWith('pymxPYMxstoryxPYMxheightxPYMx'))).toBe(true);
  const before = { pageUrl: page.url(), childUrl: child.url(), said: (await fromChild()).length };

  await page.evaluate((origin) => {
    const target = (document.getElementById('child') as HTMLIFrameElement).contentWindow!;
    const frame = (type: string, message: string) => ['pym', 'story', type, message].join('xPYMx');
    target.postMessage('x'.repeat(5_000_000), origin);
    const junk: unknown[] = [
      {},
      [],
      null,
      42,
      JSON.parse('{"__proto__":{"polluted":true}}'),
      frame('sourceline-select', '<img src=x onerror="window.__pwned=1">'),
      frame('sourceline-select', '../../etc/passwd'),
      frame('sourceline-select', '__proto__'),
      frame('sourceline-select', 'a'.repeat(101)),
      frame('sourceline-select', 'Truce-Extension'),
      frame('sourceline-host', JSON.stringify({ url: 'javascript:alert(1)', key: 'sourceline' })),
      frame('sourceline-host', '{"__proto__":{"url":"https://evil.example/","key":"sourceline"}}'),
      frame('sourceline-host', '<script>window.__pwned=1</script>'),
      frame('sourceline-reveal', 'now'),
      frame('width', '1e309'),
      frame('width', '-1'),
      frame('width', 'NaN'),
      frame('navigate', 'https://evil.example/'),
      ['pym', 'another-child', 'sourceline-select', 'truce-extension'].join('xPYMx'),
      `${frame('sourceline-select', 'truce-extension')}xPYMxmore`,
      `${frame('sourceline-select', 'x'.repeat(5000))}`,
    ];
    for (let round = 0; round < 100; round += 1) for (const message of junk) target.postMessage(message, origin);
  }, APP_ORIGIN);
  await page.waitForTimeout(1000);

  expect(page.url()).toBe(before.pageUrl);
  expect(child.url()).toBe(before.childUrl);
  expect(await child.evaluate(() => scrollY)).toBe(0);
  await expect(selectedInEmbed(frameLocator)).toHaveCount(0);
  const said = (await fromChild()).slice(before.said);
  // Nothing asked for a scroll or a selection, and the flood made it say nothing else either.
  expect(said.filter((message) => !message.startsWith('pymxPYMxstoryxPYMxheightxPYMx'))).toEqual([]);
  expect(said.length).toBeLessThan(5);
  expect(await polluted(child)).toEqual({ polluted: undefined, pwned: undefined });
  expect(await polluted(page)).toEqual({ polluted: undefined, pwned: undefined });

  // It still takes the page's well-formed requests: a selection, and one answer to one reveal.
  await page.evaluate((origin) => {
    const target = (document.getElementById('child') as HTMLIFrameElement).contentWindow!;
    target.postMessage('pymxPYMxstoryxPYMxsourceline-selectxPYMxtruce-extension', origin);
    target.postMessage('pymxPYMxstoryxPYMxsourceline-revealxPYMx', origin);
  }, APP_ORIGIN);
  await expect(selectedInEmbed(frameLocator)).toHaveAttribute('data-list-event-id', 'truce-extension');
  await expect.poll(async () => (await fromChild()).filter((message) => message.startsWith('pymxPYMxstoryxPYMxscrollToChildPosxPYMx')).length).toBe(1);
  watch.expectNoErrors();
});

test('a window of a third origin forges either side’s messages, and neither side listens', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(`${HOST_ORIGIN}/parent.html`);
  const frameLocator = page.frameLocator('#child');
  await expect(frameLocator.locator('.embed-credit')).toBeVisible();
  // A sandboxed frame (an opaque origin, a window that is neither side) posts to the embed and to the page.
  await page.evaluate(() => {
    const third = document.createElement('iframe');
    third.setAttribute('sandbox', 'allow-scripts');
    third.srcdoc = `<script>
      for (var i = 0; i < 50; i++) {
        parent.frames[0].postMessage('pymxPYMxstoryxPYMxsourceline-selectxPYMxtruce-extension', '*');
        parent.frames[0].postMessage('pymxPYMxstoryxPYMxsourceline-revealxPYMx', '*');
        parent.postMessage('pymxPYMxstoryxPYMxscrollToChildPosxPYMx4000', '*');
      }
    </script>`;
    document.body.append(third);
  });
  await page.waitForTimeout(800);
  await expect(selectedInEmbed(frameLocator)).toHaveCount(0);
  const said = await page.evaluate(() => (window as unknown as { fromChild: string[] }).fromChild);
  // It sized itself and said hello, as on any page; it answered nothing the third window asked.
  expect(said.filter((message) => /xPYMx(scrollToChildPos|sourceline-select)xPYMx/.test(message))).toEqual([]);
  expect(await page.evaluate(() => scrollY)).toBe(0);
  watch.expectNoErrors();
});

test('a hostile embed: embed.js ignores every forged, malformed or oversized message from its frame, and still works', async ({ page }) => {
  const watch = watchPage(page);
  const address = `${HOST_ORIGIN}/script.html`;
  await page.goto(address);
  const first = page.frameLocator('#first-embed iframe');
  await expect(first.locator('.embed-credit')).toBeVisible();
  const iframe = page.locator('#first-embed iframe');
  await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBeGreaterThan(600);
  const child = await appFrame(page, 'sourceline-embed-1');
  const before = { height: await iframe.getAttribute('height'), title: await iframe.getAttribute('title'), scroll: await page.evaluate(() => scrollY) };

  // Anything running in the embed's window (the embed's own origin, the right sender) posts junk to the page.
  await child.evaluate(() => {
    const frame = (type: string, message: string) => ['pym', 'sourceline-embed-1', type, message].join('xPYMx');
    parent.postMessage('x'.repeat(5_000_000), '*');
    const junk: unknown[] = [
      {},
      null,
      JSON.parse('{"__proto__":{"polluted":true}}'),
      frame('height', '99999999'),
      frame('height', '-5'),
      frame('height', '1e309'),
      frame('height', 'NaN'),
      frame('height', '12px; display:none'),
      frame('sourceline-select', '<img src=x onerror="window.__pwned=1">'),
      frame('sourceline-select', '../../evil'),
      frame('sourceline-select', '__proto__'),
      frame('sourceline-select', 'a'.repeat(101)),
      frame('sourceline-hello', '{"title":"<img src=x onerror=\\"window.__pwned=1\\">"}'),
      frame('sourceline-hello', '{"__proto__":{"title":"x"}}'),
      frame('sourceline-host', '{"url":"https://evil.example/","key":"sourceline"}'),
      frame('navigate', 'https://evil.example/'),
      ['pym', 'sourceline-embed-2', 'sourceline-select', 'truce-extension'].join('xPYMx'),
      ['pym', 'sourceline-embed-2', 'height', '5'].join('xPYMx'),
    ];
    for (let round = 0; round < 100; round += 1) for (const message of junk) parent.postMessage(message, '*');
    // A storm of scroll answers no one asked for.
    for (let i = 0; i < 500; i += 1) parent.postMessage(frame('scrollToChildPos', String(i * 10)), '*');
  });
  await page.waitForTimeout(1000);

  expect(page.url()).toBe(address);
  expect(await page.evaluate(() => scrollY)).toBe(before.scroll);
  expect(await iframe.getAttribute('height')).toBe(before.height);
  expect(await iframe.getAttribute('title')).toBe(before.title);
  expect(Number(await page.locator('#second-embed iframe').getAttribute('height'))).not.toBe(5);
  expect(await page.locator('img').count()).toBe(0);
  expect(await polluted(page)).toEqual({ polluted: undefined, pwned: undefined });

  // embed.js still hears the embed's real messages.
  await iframe.scrollIntoViewIfNeeded();
  await selectInEmbed(first, 'truce-extension');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#sourceline=truce-extension');
  watch.expectNoErrors();
});

test('fifty snippets pasted with fifty script tags: set up once, fifty embeds with their own keys, markup in a title stays text', async ({ page }) => {
  test.slow();
  const watch = watchPage(page);
  await recordMessages(page);
  await page.goto(`${HOST_ORIGIN}/many.html#sourceline-50=truce-extension`);
  const iframes = page.locator('iframe');
  await expect(iframes).toHaveCount(50);
  const made = await iframes.evaluateAll((frames) =>
    frames.map((frame) => {
      const src = new URL((frame as HTMLIFrameElement).src);
      return { childId: src.searchParams.get('childId'), loading: (frame as HTMLIFrameElement).loading, event: src.searchParams.get('event') };
    }),
  );
  expect(made.map((m) => m.childId)).toEqual(Array.from({ length: 50 }, (_, i) => `sourceline-embed-${i + 1}`));
  // Only the embed the hash names loads at once; the others wait for the reader to scroll near them.
  expect(made.filter((m) => m.loading === 'eager').map((m) => m.childId)).toEqual(['sourceline-embed-50']);
  expect(made[49]?.event).toBe('truce-extension');

  // The fiftieth selects its event and the page is scrolled to it.
  const last = page.frameLocator('#update-50 iframe');
  await expect(selectedInEmbed(last)).toHaveAttribute('data-list-event-id', 'truce-extension');
  await expect(page.locator('#update-50 iframe')).toBeInViewport();
  // Set up once: the page answered the fiftieth embed's hello once, not once per script tag.
  const child = await appFrame(page, 'sourceline-embed-50');
  await expect.poll(() => child.evaluate(() => (window as unknown as { received: string[] }).received.filter((m) => m.startsWith('pymxPYMxsourceline-embed-50xPYMxsourceline-hostxPYMx')).length)).toBe(1);
  await page.waitForTimeout(500);
  expect(await child.evaluate(() => (window as unknown as { received: string[] }).received.filter((m) => m.startsWith('pymxPYMxsourceline-embed-50xPYMxsourceline-hostxPYMx')).length)).toBe(1);

  // A selection in the fiftieth goes to its own key in the hash.
  await selectInEmbed(last, 'initial-truce');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#sourceline-50=initial-truce');

  // The first snippet's title attribute held markup: it is the iframe's title, as text.
  await expect(page.locator('#update-1 iframe')).toHaveAttribute('title', '<img src=x onerror="window.__pwned=1">Update 1');
  expect(await page.locator('img').count()).toBe(0);
  expect(await polluted(page)).toEqual({ polluted: undefined, pwned: undefined });
  watch.expectNoErrors();
});
