/**
 * The tools the benchmark compares, and how it drives each: what counts as an event on screen,
 * and the scripted zoom and pan. Every tool gets the same inputs where it accepts them: twelve
 * Ctrl + wheel notches in and six out, then a drag across its time axis and back.
 */
import type { Page } from '@playwright/test';

export const TOOLS = ['Sourceline', 'TimelineJS3', 'vis-timeline'] as const;
export type Tool = (typeof TOOLS)[number];

export interface ToolDriver {
  /** An event drawn on screen (a Sourceline cluster mark counts: it shows events by their count). */
  eventSelector: string;
  /** The element the gestures act on. */
  surfaceSelector: string;
  /** Readies the tool for gestures the way a reader's pointer would (Sourceline loads d3-zoom on it). */
  ready: (page: Page) => Promise<void>;
  /** The tool fills a long story's page in steps after the first event, saying so with `aria-busy` (the bench times when it is whole). */
  fillsInSteps: boolean;
  zoom: (page: Page, x: number, y: number) => Promise<void>;
  pan: (page: Page, x: number, y: number) => Promise<void>;
}

async function ctrlWheel(page: Page, x: number, y: number): Promise<void> {
  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  for (let i = 0; i < 12; i += 1) await page.mouse.wheel(0, -100);
  for (let i = 0; i < 6; i += 1) await page.mouse.wheel(0, 100);
  await page.keyboard.up('Control');
}

async function drag(page: Page, x: number, y: number): Promise<void> {
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 300, y, { steps: 30 });
  await page.mouse.move(x + 100, y, { steps: 30 });
  await page.mouse.up();
}

export const DRIVERS: Record<Tool, ToolDriver> = {
  Sourceline: {
    eventSelector: '[data-event-id], [data-cluster-size]',
    surfaceSelector: '[data-zoom-surface]',
    fillsInSteps: true,
    ready: async (page) => {
      await page.mouse.move(2, 2);
      await page.waitForSelector('[data-zoom-surface][data-gestures="ready"]', { timeout: 30_000 });
      // A story of thousands of events fills its article and list after the first paint, saying
      // so with aria-busy; the gestures measure the page once it has finished.
      await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, null, { timeout: 120_000, polling: 250 });
    },
    zoom: ctrlWheel,
    pan: drag,
  },
  'vis-timeline': {
    eventSelector: '.vis-item',
    surfaceSelector: '.vis-panel.vis-center',
    fillsInSteps: false,
    ready: async () => {},
    // Set up with zoomKey: 'ctrlKey', as a newsroom would, so it takes the same wheel input.
    zoom: ctrlWheel,
    pan: drag,
  },
  TimelineJS3: {
    eventSelector: '.tl-timemarker',
    surfaceSelector: '.tl-timenav',
    fillsInSteps: false,
    ready: async () => {},
    // TimelineJS zooms only with its buttons: four steps in, two out.
    zoom: async (page) => {
      const zoomIn = page.locator('.tl-menubar-button:has(.tl-icon-zoom-in)');
      const zoomOut = page.locator('.tl-menubar-button:has(.tl-icon-zoom-out)');
      for (let i = 0; i < 4; i += 1) await zoomIn.click();
      for (let i = 0; i < 2; i += 1) await zoomOut.click();
    },
    pan: drag,
  },
};
