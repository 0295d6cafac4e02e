import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { RECORD_ERRORS, type Json, type KeyName, type Scope, type Session } from './session';

/** WebDriver's keys for the journeys' key names. */
const KEYS: Record<KeyName, string[]> = {
  Tab: [Key.TAB],
  'Shift+Tab': [Key.SHIFT, Key.TAB],
  Enter: [Key.ENTER],
  Escape: [Key.ESCAPE],
  ArrowLeft: [Key.ARROW_LEFT],
  ArrowRight: [Key.ARROW_RIGHT],
  Home: [Key.HOME],
  End: [Key.END],
  '+': ['+'],
  '-': ['-'],
};

/** Starts WebKitWebDriver on `port` and waits until it answers. It needs a display (run under xvfb-run). */
async function startDriver(driverPath: string, port: number): Promise<ChildProcess> {
  const child = spawn(driverPath, [`--port=${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}): ${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`WebKitWebDriver did not answer on port ${port}: ${output}`);
}

/** WebDriver's element click: scrolls the element into view (in its own document) and clicks its centre. */
async function clickElement(driver: WebDriver, selector: string): Promise<void> {
  try {
    await driver.findElement(By.css(selector)).click();
  } catch (error) {
    throw new Error(`clicking ${selector}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, { cause: error });
  }
}

function scopeOf(driver: WebDriver): Scope {
  return {
    run: async <T extends Json | undefined>(body: string, ...args: Json[]) => await driver.executeScript<T>(body, ...args),
    click: async (selector) => {
      // WebKitWebDriver refuses an element under \`content-visibility: auto\` that is off screen as
      // not interactable (it scrolls, but judges the element before it is laid out): bring it to
      // the middle of the window first, as a reader scrolls to what they click, and let it lay out.
      await driver.executeScript(`document.querySelector(arguments[0]).scrollIntoView({ block: 'center', behavior: 'instant' }); return new Promise(function (done) { requestAnimationFrame(function () { requestAnimationFrame(done); }); });`, selector);
      await clickElement(driver, selector);
    },
  };
}

/**
 * A WebKit session: WebKitGTK's MiniBrowser driven by WebKitWebDriver over W3C WebDriver, with
 * selenium-webdriver as the client (connected to the running driver, so it never looks for or
 * downloads one). `--full-screen` hides MiniBrowser's toolbar, so the window's size is the page's.
 */
export async function openWebKit(paths: { driver: string; miniBrowser: string }, port: number): Promise<Session> {
  const driverProcess = await startDriver(paths.driver, port);
  let driver: WebDriver;
  try {
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation', '--full-screen'] } })
      .build();
  } catch (error) {
    driverProcess.kill();
    throw error;
  }
  const page = scopeOf(driver);
  return {
    engine: 'webkit',
    ...page,
    async goto(url) {
      await driver.get(url);
      await driver.executeScript(RECORD_ERRORS);
    },
    async setSize(width, height) {
      await driver.manage().window().setRect({ width, height });
    },
    async press(key) {
      const keys = KEYS[key];
      let actions = driver.actions();
      for (const k of keys) actions = actions.keyDown(k);
      for (const k of [...keys].reverse()) actions = actions.keyUp(k);
      await actions.perform();
    },
    async inFrame(selector, use) {
      const enter = async () => driver.switchTo().frame(await driver.findElement(By.css(selector)));
      await enter();
      try {
        return await use({
          ...page,
          // WebKitWebDriver scrolls the frame's own document to an element, never the page
          // around the frame, so an element below the page's fold is clicked at a point
          // outside the window: scroll the page to it first, as a reader would.
          async click(target) {
            const box = await driver.executeScript<[number, number]>(`var r = document.querySelector(arguments[0]).getBoundingClientRect(); return [r.top, r.height];`, target);
            await driver.switchTo().defaultContent();
            await driver.executeScript(`var r = document.querySelector(arguments[0]).getBoundingClientRect(); scrollBy(0, r.top + arguments[1] + arguments[2] / 2 - innerHeight / 2);`, selector, box[0], box[1]);
            await enter();
            await clickElement(driver, target);
          },
        });
      } finally {
        await driver.switchTo().defaultContent();
      }
    },
    async errors() {
      return driver.executeScript<string[]>('return window.__journeyErrors || []');
    },
    async screenshot(path) {
      writeFileSync(path, Buffer.from(await driver.takeScreenshot(), 'base64'));
    },
    async close() {
      try {
        await driver.quit();
      } finally {
        driverProcess.kill();
      }
    },
  };
}
