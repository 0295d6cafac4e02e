/**
 * The sites the benchmark serves: one folder per story and tool under `.cache/bench/`. Every tool
 * gets its data inline, its fastest path. Sourceline's real story is the production build as
 * shipped (prerendered, hydrated); a synthetic story gets the client page with its data inline and
 * is drawn by the script, as the anchors are (prerendering 10,000 event pages is not a real use).
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Timeline } from '../../src/features/data/schema.ts';
import { INLINE_DATA_ID, serializeInlineTimeline } from '../../src/features/data/inlineTimeline.ts';
import { inlineStylesheet, pageTemplate } from '../prerender/template.ts';
import { writeAnchorSite } from './anchors/sites.ts';
import type { Tool } from './tools.ts';

export interface Story {
  /** `real` or `synthetic-<count>`. */
  name: string;
  timeline: Timeline;
  /** True for the shipped story, served as built. */
  shipped: boolean;
}

/** Writes the site of `tool` showing `story` into `dir`. */
export function writeSite(root: string, tool: Tool, story: Story, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (tool !== 'Sourceline') {
    writeAnchorSite(tool, story.timeline, dir);
    return;
  }
  const dist = join(root, 'dist');
  cpSync(dist, dir, { recursive: true, filter: (path) => !path.includes('/cards') && !path.includes('/events') });
  if (story.shipped) {
    cpSync(join(dist, 'index.html'), join(dir, 'index.html'));
    return;
  }
  const page = inlineStylesheet(pageTemplate(dist, join(root, '.cache/prerender/template.html')), dist).replace(
    '<div id="root"></div>',
    () => `<div id="root"></div>\n    <script id="${INLINE_DATA_ID}" type="application/json">${serializeInlineTimeline(story.timeline)}</script>`,
  );
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, 'data', 'timeline.json'), JSON.stringify(story.timeline));
}
