/**
 * Probes the benchmark's closer look (`inspect.ts`) and its report run inside Sourceline's page,
 * kept as source text as `probe.ts`'s are.
 */

/**
 * Installed before the page's scripts: notes when, after the first event showed, the whole page is
 * usable: loaded, and no region still busy filling (`aria-busy`) or waiting to render
 * (`.region-pending`). Sets `window.__usable` (ms from navigation start; -1 until then), and in
 * `window.__regions` when each of the list, the article and the figures was whole.
 */
export const USABLE_PROBE = `(() => {
  window.__usable = -1;
  window.__regions = {};
  const look = () => {
    const bench = window.__bench;
    for (const [name, selector] of [['list', '.event-list'], ['article', '.article-panel'], ['figures', '.figures']]) {
      const region = document.querySelector(selector);
      if (region && !(name in window.__regions) && !region.querySelector('[aria-busy="true"], .region-pending') && region.getAttribute('aria-busy') !== 'true') window.__regions[name] = performance.now();
    }
    if (bench && bench.firstEvent >= 0 && document.readyState === 'complete' && document.body &&
        !document.querySelector('[aria-busy="true"], .region-pending')) {
      window.__usable = performance.now();
      return;
    }
    setTimeout(look, 20);
  };
  setTimeout(look, 20);
})();`;

/** Medians and the longest of several URL writes, each timed with the style and layout it causes, ms. */
export interface UrlWriteTimes {
  replace: number;
  replaceMax: number;
  hash: number;
}

/**
 * Times URL writes in the page at rest: nine \`history.replaceState\` calls, each with a new
 * \`?view=\` (as zooming writes), and nine hash changes, each followed by reading the layout, so the
 * work a URL change leaves for the next frame is counted too. Puts the URL back as it was.
 */
export const URL_WRITE_PROBE = `(() => {
  const original = location.href;
  const median = (list) => { const s = [...list].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
  const replace = [];
  for (let i = 0; i < 9; i += 1) {
    const url = new URL(original);
    url.searchParams.set('view', '2024-0' + (1 + (i % 9)) + '-01..2024-1' + (i % 3) + '-01');
    const started = performance.now();
    history.replaceState(history.state, '', url);
    void document.body.offsetHeight;
    replace.push(performance.now() - started);
  }
  history.replaceState(history.state, '', original);
  const hash = [];
  for (let i = 0; i < 9; i += 1) {
    const started = performance.now();
    location.hash = 'url-write-probe-' + i;
    void document.body.offsetHeight;
    hash.push(performance.now() - started);
  }
  history.replaceState(history.state, '', original);
  return { replace: median(replace), replaceMax: Math.max(...replace), hash: median(hash) };
})()`;
