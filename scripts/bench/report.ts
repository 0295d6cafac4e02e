/**
 * The benchmark's report: a Markdown page with a table per story and an SVG chart, drawn by the
 * project itself (d3-scale positions, plain SVG text out), with the machine and the date.
 */
import { scaleBand, scaleLog } from 'd3-scale';
import { summarise, type Cell, type Summary } from './results.ts';
import { TOOLS, type Tool } from './tools.ts';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  viewport: string;
  runs: number;
}

const ms = (v: number) => (Number.isFinite(v) ? `${v < 100 ? v.toFixed(1) : v.toFixed(0)}` : '–');
const kb = (v: number) => (Number.isFinite(v) ? (v / 1000).toFixed(1) : '–');
const num = (v: number, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '–');

const COLUMNS: [string, (s: Summary) => string][] = [
  ['JS kB (gzip / raw)', (s) => `${kb(s.jsGzip)} / ${kb(s.jsRaw)}`],
  ['CSS kB (gzip / raw)', (s) => `${kb(s.cssGzip)} / ${kb(s.cssRaw)}`],
  ['HTML kB gzip', (s) => kb(s.htmlGzip)],
  ['first event ms', (s) => ms(s.firstEvent)],
  ['whole page ms after first event', (s) => ms(s.wholeMs)],
  ['heap MB', (s) => num(s.heapMb, 1)],
  ['layout shift', (s) => num(s.layoutShift, 3)],
  ['zoom frame p50 / p95 ms', (s) => `${ms(s.zoomP50)} / ${ms(s.zoomP95)}`],
  ['zoom long tasks', (s) => num(s.zoomLongTasks)],
  ['pan frame p50 / p95 ms', (s) => `${ms(s.panP50)} / ${ms(s.panP95)}`],
  ['pan long tasks', (s) => num(s.panLongTasks)],
  ['requests to other hosts', (s) => num(s.foreignRequests)],
];

/** One story's table: a row per tool, medians of its runs, or why it could not run. */
export function storyTable(cells: readonly Cell[]): string {
  const header = `| tool | ${COLUMNS.map(([name]) => name).join(' | ')} |`;
  const rule = `|---|${COLUMNS.map(() => '---:').join('|')}|`;
  const rows = cells.map((cell) => {
    if (cell.failure || cell.runs.length === 0) return `| ${cell.tool} | ${cell.failure ?? 'no run finished'} ${'| '.repeat(COLUMNS.length - 1)}|`;
    const summary = summarise(cell.runs);
    const failed = cell.failedRuns?.length ?? 0;
    const name = failed > 0 ? `${cell.tool} (${cell.runs.length} runs; ${failed} failed)` : cell.tool;
    return `| ${name} | ${COLUMNS.map(([, show]) => show(summary)).join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

const TOOL_COLOURS: Record<Tool, string> = { Sourceline: '#0b5cad', TimelineJS3: '#a35200', 'vis-timeline': '#6a3fb5' };

/**
 * Two panels of grouped bars on log scales: time to first event, and the 95th-percentile frame
 * during the zoom, per story and tool. A tool that could not show a story gets a note, not a bar.
 */
export function chartSvg(cells: readonly Cell[]): string {
  const stories = [...new Set(cells.map((c) => c.story))];
  const width = 960;
  const panelHeight = 40 + stories.length * 78;
  const height = panelHeight * 2 + 60;
  const left = 240;
  const right = 90;
  const panels: { title: string; pick: (s: Summary) => number; domain: [number, number]; goal?: number }[] = [
    { title: 'Time to first event on screen (ms, log scale; shorter is better)', pick: (s) => s.firstEvent, domain: [10, 100_000] },
    { title: '95th-percentile frame during the zoom (ms, log scale; 16.7 ms is 60 frames a second)', pick: (s) => s.zoomP95, domain: [5, 10_000], goal: 16.7 },
  ];
  const parts: string[] = [];
  panels.forEach((panel, p) => {
    const top = 50 + p * panelHeight;
    const x = scaleLog().domain(panel.domain).range([left, width - right]).clamp(true);
    const y = scaleBand<string>().domain(stories).range([top + 24, top + panelHeight - 16]).paddingInner(0.25);
    const bar = scaleBand<Tool>().domain([...TOOLS]).range([0, y.bandwidth()]).paddingInner(0.15);
    parts.push(`<text x="${left}" y="${top + 12}" class="title">${esc(panel.title)}</text>`);
    for (const tick of x.ticks(5)) {
      const tx = x(tick).toFixed(1);
      parts.push(`<line x1="${tx}" x2="${tx}" y1="${top + 20}" y2="${top + panelHeight - 12}" class="grid"/>`);
      // Every tick gets its grid line; only powers of ten get a label, which on a log scale would otherwise run together.
      if (Number.isInteger(Math.log10(tick))) parts.push(`<text x="${tx}" y="${top + panelHeight - 2}" class="tick">${tick >= 1000 ? `${tick / 1000}k` : tick}</text>`);
    }
    if (panel.goal) {
      const gx = x(panel.goal).toFixed(1);
      parts.push(`<line x1="${gx}" x2="${gx}" y1="${top + 20}" y2="${top + panelHeight - 12}" class="goal"/>`);
    }
    for (const story of stories) {
      const sy = y(story) ?? 0;
      const events = cells.find((c) => c.story === story)?.events ?? 0;
      parts.push(`<text x="${left - 10}" y="${(sy + y.bandwidth() / 2 + 4).toFixed(1)}" class="story">${esc(`${story} (${events.toLocaleString('en-GB')} events)`)}</text>`);
      for (const tool of TOOLS) {
        const cell = cells.find((c) => c.story === story && c.tool === tool);
        const by = sy + (bar(tool) ?? 0);
        const value = cell && !cell.failure && cell.runs.length > 0 ? panel.pick(summarise(cell.runs)) : Number.NaN;
        if (!Number.isFinite(value)) {
          parts.push(`<text x="${left + 4}" y="${(by + bar.bandwidth() - 2).toFixed(1)}" class="note">${esc(`${tool}: ${cell?.failure ?? 'not measured'}`)}</text>`);
          continue;
        }
        const end = x(value);
        parts.push(`<rect x="${left}" y="${by.toFixed(1)}" width="${Math.max(1, end - left).toFixed(1)}" height="${bar.bandwidth().toFixed(1)}" fill="${TOOL_COLOURS[tool]}" data-tool="${esc(tool)}" data-story="${esc(story)}"><title>${esc(`${tool}, ${story}: ${ms(value)} ms`)}</title></rect>`);
        parts.push(`<text x="${(end + 4).toFixed(1)}" y="${(by + bar.bandwidth() - 2).toFixed(1)}" class="value">${esc(`${tool} ${ms(value)}`)}</text>`);
      }
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t">
<title id="t">Sourceline, TimelineJS3 and vis-timeline: time to first event and zoom frame times</title>
<style>
  svg { background: #fff; font: 12px system-ui, sans-serif; }
  .title { font-weight: 700; fill: #16181d; }
  .story { text-anchor: end; fill: #16181d; }
  .tick { text-anchor: middle; fill: #4a505a; }
  .value, .note { fill: #16181d; font-size: 11px; }
  .note { font-style: italic; }
  .grid { stroke: #c3c8d0; stroke-width: 1; }
  .goal { stroke: #b3261e; stroke-dasharray: 4 3; stroke-width: 1.5; }
</style>
${parts.join('\n')}
</svg>
`;
}

/** The whole report page. */
export function reportMarkdown(cells: readonly Cell[], machine: Machine, notes: readonly string[]): string {
  const stories = [...new Set(cells.map((c) => c.story))];
  const tables = stories
    .map((story) => {
      const group = cells.filter((c) => c.story === story);
      return `### ${story} (${group[0]?.events.toLocaleString('en-GB') ?? 0} events)\n\n${storyTable(group)}`;
    })
    .join('\n\n');
  return `# Benchmark: Sourceline, TimelineJS3 and vis-timeline

Measured on ${machine.date} by \`npm run bench\` (the numbers below are this run's; run it again to check them).

**Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB; ${machine.os}; Node ${machine.node}; Chromium ${machine.chromium}, headless, viewport ${machine.viewport}.
**Method:** production builds served from localhost by a plain static server; each tool shows the same story with its data inline; runs interleaved (the order of the tools rotates each run); every figure is the **median of ${machine.runs} runs**. Requests to other hosts fail at once here (no internet), as they would in a sandboxed or offline embed. Sourceline's synthetic stories are served as a build of each would ship its main page: prerendered, with the data inline, then hydrated (the TimelineJS3 and vis-timeline pages cannot be prerendered: they draw from script). The server makes every page cross-origin isolated, for every tool alike, so the page's clock is precise to 5 µs: without that it is rounded to 100 µs, and a 16.67 ms frame reads as 16.6, 16.7 or 16.8 ms.

![Time to first event and 95th-percentile zoom frame, per story and tool](benchmark.svg)

${tables}

## What the columns mean

- **JS, CSS, HTML:** bytes the page loaded before the reader did anything (Sourceline's CSS is inline in its HTML), raw and gzip level 9.
- **first event:** from navigation start to the end of layout in the first frame that puts an event inside the viewport; that frame paints it next (a Sourceline cluster mark counts).
- **whole page:** for Sourceline, from the first event until a long story has filled its list, article and figures (they say aria-busy until then), to 0.1 s; the other tools draw everything at once (–).
- **heap:** JavaScript heap in use after load (for Sourceline, once the page is whole) and a garbage collection.
- **layout shift:** cumulative layout shift from load until the gestures start.
- **zoom / pan:** once the page is at rest (a second without a long task; for Sourceline, also once a long story has finished filling its article and list), frame durations from requestAnimationFrame and long tasks during twelve Ctrl + wheel notches in and six out (TimelineJS3 has no wheel zoom: four zoom-in and two zoom-out clicks), then a drag across the time axis and back.

## Notes

${notes.map((n) => `- ${n}`).join('\n')}
`;
}
