import puppeteer, { type Frame, type Page } from 'puppeteer-core';
import { RECORD_ERRORS, type Json, type KeyName, type Scope, type Session } from './session';

/** A function body run as an expression: BiDi evaluates it in the page, where the site's CSP allows no `new Function`. */
const expression = (body: string, args: Json[]) => `(function () { ${body} }).apply(null, ${JSON.stringify(args)})`;

function scopeOf(target: Page | Frame): Scope {
  return {
    run: async <T extends Json | undefined>(body: string, ...args: Json[]) => (await target.evaluate(expression(body, args))) as T,
    click: async (selector) => {
      await target.locator(selector).click();
    },
  };
}

/**
 * A Firefox session: Debian's Firefox ESR, headless, driven over WebDriver BiDi by puppeteer-core
 * (which downloads nothing when given the browser's path).
 */
export async function openFirefox(executablePath: string): Promise<Session> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  const page = await browser.newPage();
  let errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  return {
    engine: 'firefox',
    ...scopeOf(page),
    async goto(url) {
      errors = [];
      await page.goto(url);
      // Late violations of the site's policy, as in WebKit; Firefox logs the others as console errors.
      await page.evaluate(expression(RECORD_ERRORS, []));
    },
    async setSize(width, height) {
      await page.setViewport({ width, height });
    },
    async press(key: KeyName) {
      if (key === 'Shift+Tab') {
        await page.keyboard.down('Shift');
        await page.keyboard.press('Tab');
        await page.keyboard.up('Shift');
      } else if (key === '+' || key === '-') await page.keyboard.type(key);
      else await page.keyboard.press(key);
    },
    async inFrame(selector, use) {
      const element = await page.waitForSelector(selector);
      const frame = await element?.contentFrame();
      if (!frame) throw new Error(`no frame at ${selector}`);
      return use(scopeOf(frame));
    },
    async errors() {
      const recorded = await page.evaluate(expression('return window.__journeyErrors || []', []));
      return [...errors, ...(recorded as string[])];
    },
    async screenshot(path) {
      await page.screenshot({ path });
    },
    async close() {
      await browser.close();
    },
  };
}
