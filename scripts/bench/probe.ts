/**
 * What the benchmark runs inside each page. In-page code is kept as source text: tsx would
 * otherwise wrap functions in helpers the page lacks.
 */

/**
 * Installed before any of the page's scripts: notes when an event first shows in the viewport,
 * long tasks, layout shifts, and frame times on demand. "Shows" is the moment, in the first frame
 * whose layout puts an event inside the viewport, when that layout is done: the frame paints right
 * after. (Timing the task after the frame instead would add whatever the page's scripts do next,
 * such as hydrating, to a paint that already happened; timing the frame's start would leave out
 * the layout of a large page.)
 */
export function probeSource(eventSelector: string): string {
  return `
  (() => {
    const bench = (window.__bench = { firstEvent: -1, frames: [], recording: false, longTasks: [], layoutShift: 0 });
    const selector = ${JSON.stringify(eventSelector)};
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    };
    const look = () => {
      if (bench.firstEvent >= 0) return;
      const found = document.querySelectorAll(selector);
      for (let i = 0; i < found.length && i < 200; i += 1) {
        if (visible(found[i])) {
          bench.firstEvent = performance.now();
          return;
        }
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.layoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    } catch {}
  })();`;
}

export const START_RECORDING = `(() => {
  const bench = window.__bench;
  bench.frames = [];
  bench.recording = true;
  bench.recordingFrom = performance.now();
  const loop = (t) => {
    if (!bench.recording) return;
    bench.frames.push(t);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})()`;

/** Stops recording after two more frames; resolves to the frame timestamps and the long tasks meanwhile. */
export const STOP_RECORDING = `new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => {
  const bench = window.__bench;
  bench.recording = false;
  const from = bench.recordingFrom;
  const tasks = bench.longTasks.filter(([start]) => start >= from).map(([, duration]) => duration);
  done({ frames: bench.frames, longTasks: tasks });
})))`;
