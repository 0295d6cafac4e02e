/**
 * Static sites for the tools we measure against, each showing a given story: the tool's own
 * published files from npm, its data inline (their fastest path), and nothing from elsewhere.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Timeline } from '../../../src/shared/schema/schema.ts';
import { toTimelineJs, toVisTimeline } from './convert.ts';
import { scriptJson } from '../../../src/shared/html/escape.ts';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** The tools we compare with, by the name the benchmark prints. */
export const ANCHORS = ['TimelineJS3', 'vis-timeline'] as const;
export type Anchor = (typeof ANCHORS)[number];

/** CSS selectors of one event drawn on screen, per tool, for "first event visible". */
export const EVENT_SELECTOR: Record<Anchor, string> = {
  TimelineJS3: '.tl-timemarker',
  'vis-timeline': '.vis-item',
};

/** The element that takes zoom and pan gestures, per tool. */
export const SURFACE_SELECTOR: Record<Anchor, string> = {
  TimelineJS3: '.tl-timenav',
  'vis-timeline': '.vis-panel.vis-center',
};


function page(head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>benchmark</title>
    ${head}
  </head>
  <body style="margin:0">
    ${body}
  </body>
</html>
`;
}

/** Writes a site showing `timeline` with `tool` into `outDir`. */
export function writeAnchorSite(tool: Anchor, timeline: Timeline, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  if (tool === 'TimelineJS3') {
    // TimelineJS finds its locale, fonts and icons relative to its script, as published.
    const dist = join(packageDir('@knight-lab/timelinejs'), 'dist');
    cpSync(join(dist, 'js'), join(outDir, 'js'), { recursive: true, filter: (path) => !path.endsWith('.map') });
    cpSync(join(dist, 'css'), join(outDir, 'css'), { recursive: true, filter: (path) => !path.endsWith('.map') });
    writeFileSync(
      join(outDir, 'index.html'),
      page(
        '<link rel="stylesheet" href="css/timeline.css" />',
        `<div id="timeline-embed" style="width:100%;height:650px"></div>
    <script src="js/timeline.js"></script>
    <script>window.timeline = new TL.Timeline('timeline-embed', ${scriptJson(toTimelineJs(timeline))}, { script_path: new URL('js/', location.href).href });</script>`,
      ),
    );
    return;
  }
  const vis = packageDir('vis-timeline');
  cpSync(join(vis, 'standalone/umd/vis-timeline-graph2d.min.js'), join(outDir, 'vis-timeline-graph2d.min.js'));
  cpSync(join(vis, 'styles/vis-timeline-graph2d.min.css'), join(outDir, 'vis-timeline-graph2d.min.css'));
  const { items, groups } = toVisTimeline(timeline);
  writeFileSync(
    join(outDir, 'index.html'),
    page(
      '<link rel="stylesheet" href="vis-timeline-graph2d.min.css" />',
      `<div id="timeline" style="width:100%"></div>
    <script src="vis-timeline-graph2d.min.js"></script>
    <script>
      var data = ${scriptJson({ items, groups })};
      // The options a newsroom would set: Ctrl/Cmd + wheel zooms, so a plain wheel scrolls the page, as in Sourceline.
      window.timeline = new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(data.items), new vis.DataSet(data.groups), { zoomKey: 'ctrlKey', stack: true, maxHeight: 650 });
    </script>`,
    ),
  );
}
