/**
 * The sites the benchmark serves: one folder per story and tool under `.cache/bench/`. Every tool
 * gets its data inline, its fastest path. Sourceline's real story is the production build as
 * shipped. A synthetic story gets the main page a build of that story would ship: prerendered by
 * the same code (`scripts/prerender/pageHtml.ts`), with its data inline, hydrated by the same
 * script. (The build's one page per event is left out: the bench opens only the main page.)
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Timeline } from '../../src/shared/schema/schema.ts';
import { pageHtml, type ServerEntry } from '../prerender/pageHtml.ts';
import { inlineStylesheet, pageTemplate } from '../prerender/template.ts';
import { writeAnchorSite } from './anchors/sites.ts';
import type { Tool } from './tools.ts';

export interface Story {
  /** `real` or `synthetic-<count>`. */
  name: string;
  timeline: Timeline;
  /** True for the shipped story, served as built. */
  shipped: boolean;
  /** Where its page is in Sourceline's site: its folder in the build (`gaza-truce/`), or the root (`''`). */
  path: string;
}

/** Where the bench server serves a story's site for a tool, as a site URL for the prerender's absolute links. */
export const siteUrlFor = (port: number, story: Story, tool: Tool) => `http://127.0.0.1:${port}/${story.name}/${tool}/`;

/** The page the bench opens: the site's root, or for Sourceline the story's folder in the build. */
export const pageUrlFor = (port: number, story: Story, tool: Tool) => `${siteUrlFor(port, story, tool)}${tool === 'Sourceline' ? story.path : ''}`;

/**
 * Writes the site of `tool` showing `story` into `dir`. `server` is the built server entry
 * (`.cache/ssr/entry-server.js`), which renders a synthetic story's page.
 */
export function writeSite(root: string, tool: Tool, story: Story, dir: string, server: ServerEntry, siteUrl: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (tool !== 'Sourceline') {
    writeAnchorSite(tool, story.timeline, dir);
    return;
  }
  const dist = join(root, 'dist');
  cpSync(dist, dir, { recursive: true, filter: (path) => !path.includes('/cards') && !path.includes('/events') });
  // The shipped story is its page in the build, at its folder (`pageUrlFor`).
  if (story.shipped) return;
  const template = inlineStylesheet(pageTemplate(dist, join(root, '.cache/prerender/template.html')), dist);
  writeFileSync(join(dir, 'index.html'), pageHtml(server, template, story.timeline, siteUrl, { path: '', toBase: './', event: null }));
  writeFileSync(join(dir, 'data', 'timeline.json'), JSON.stringify(story.timeline));
}
