/**
 * What a reader's journey needs from a browser, whichever drives it: WebKit over W3C WebDriver
 * (selenium-webdriver and WebKitGTK's WebKitWebDriver) or Firefox over WebDriver BiDi
 * (puppeteer-core). Scripts are function bodies as strings (their arguments are `arguments[i]`),
 * since a compiled function's text is not always what the browser should run, and every value
 * crosses as JSON.
 */

/** A value that crosses between the test and the page. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A key the journeys press, to whatever has focus. */
export type KeyName = 'Tab' | 'Shift+Tab' | 'Enter' | 'Escape' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | '+' | '-';

/** A document: the page, or a frame in it. */
export interface Scope {
  /** Runs `body` in the document and returns what it returns. */
  run<T extends Json | undefined = Json>(body: string, ...args: Json[]): Promise<T>;
  /** A real pointer click on the element `selector` finds (scrolled into view first). */
  click(selector: string): Promise<void>;
}

export interface Session extends Scope {
  readonly engine: 'webkit' | 'firefox';
  goto(url: string): Promise<void>;
  /** The size of the page's viewport, in CSS pixels. */
  setSize(width: number, height: number): Promise<void>;
  press(key: KeyName): Promise<void>;
  /** Runs `use` in the frame of the iframe `selector` finds, then returns to the page. */
  inFrame<T>(selector: string, use: (frame: Scope) => Promise<T>): Promise<T>;
  /** The page's uncaught errors and console errors since the last `goto`. */
  errors(): Promise<string[]>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Records uncaught errors, rejections, console errors and Content-Security-Policy violations in
 * the page, for engines whose driver
 * has no log to read (WebKitWebDriver 2.50): installed after each navigation, so it sees what the
 * page does from then on.
 */
export const RECORD_ERRORS = `
  if (window.__journeyErrors) return;
  var errors = (window.__journeyErrors = []);
  addEventListener('error', function (event) { errors.push('error: ' + event.message); });
  addEventListener('unhandledrejection', function (event) { errors.push('unhandled rejection: ' + String(event.reason)); });
  document.addEventListener('securitypolicyviolation', function (event) { errors.push('CSP violation: ' + event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline code')); });
  var original = console.error;
  console.error = function () { errors.push('console.error: ' + Array.prototype.join.call(arguments, ' ')); return original.apply(console, arguments); };
`;

/** Waits until `body` returns something truthy in `scope`, and returns it; fails after `timeout` ms saying what it waited for. */
export async function waitFor<T extends Json>(scope: Scope, what: string, body: string, args: Json[] = [], timeout = 10_000): Promise<T> {
  const until = Date.now() + timeout;
  let last: Json | undefined;
  let problem = '';
  while (Date.now() < until) {
    try {
      last = await scope.run<T>(body, ...args);
      if (last) return last as T;
    } catch (error) {
      problem = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)}${problem ? `; ${problem}` : ''})`);
}
