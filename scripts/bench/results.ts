/** What one benchmark run measures, and the medians a report shows. */
import { median } from './stats.ts';
import type { Tool } from './tools.ts';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface GestureFigures {
  /** Frame durations, ms. */
  p50: number;
  p95: number;
  /** Long tasks (over 50 ms) during the gesture: how many, and their total length in ms. */
  longTasks: number;
  longTaskMs: number;
}

export interface RunResult {
  /** From navigation start to the task after the first frame that painted an event, ms. */
  firstEvent: number;
  /**
   * From the first event to the page being whole, ms: a long story's list, article and figures fill
   * after the chart, saying so with `aria-busy`. NaN for a tool that does not fill in steps.
   */
  wholeMs: number;
  /** JavaScript heap in use after load (for Sourceline, once the page is whole) and a garbage collection, MB. */
  heapMb: number;
  /** Cumulative layout shift until the gestures start. */
  layoutShift: number;
  zoom: GestureFigures;
  pan: GestureFigures;
  js: Bytes;
  css: Bytes;
  html: Bytes;
  /** Requests to any other host (answered with an error here: the machine has no internet). */
  foreignRequests: number;
}

export interface Cell {
  story: string;
  events: number;
  tool: Tool;
  runs: RunResult[];
  /** Why the tool could not show this story, when it was given up on (no run finished). */
  failure?: string;
  /** Why single runs failed, for a tool whose other runs finished: the medians leave them out. */
  failedRuns?: string[];
}

export interface Summary {
  firstEvent: number;
  wholeMs: number;
  heapMb: number;
  layoutShift: number;
  zoomP50: number;
  zoomP95: number;
  zoomLongTasks: number;
  panP50: number;
  panP95: number;
  panLongTasks: number;
  jsRaw: number;
  jsGzip: number;
  cssRaw: number;
  cssGzip: number;
  htmlGzip: number;
  foreignRequests: number;
}

/** The median of every figure over a cell's runs. */
export function summarise(runs: readonly RunResult[]): Summary {
  const m = (pick: (r: RunResult) => number) => median(runs.map(pick));
  return {
    firstEvent: m((r) => r.firstEvent),
    wholeMs: m((r) => r.wholeMs),
    heapMb: m((r) => r.heapMb),
    layoutShift: m((r) => r.layoutShift),
    zoomP50: m((r) => r.zoom.p50),
    zoomP95: m((r) => r.zoom.p95),
    zoomLongTasks: m((r) => r.zoom.longTasks),
    panP50: m((r) => r.pan.p50),
    panP95: m((r) => r.pan.p95),
    panLongTasks: m((r) => r.pan.longTasks),
    jsRaw: m((r) => r.js.raw),
    jsGzip: m((r) => r.js.gzip),
    cssRaw: m((r) => r.css.raw),
    cssGzip: m((r) => r.css.gzip),
    htmlGzip: m((r) => r.html.gzip),
    foreignRequests: m((r) => r.foreignRequests),
  };
}
