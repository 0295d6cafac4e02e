import type { Page } from '@playwright/test';

/**
 * Records every Content-Security-Policy violation in a page and all its frames (an embed's
 * included): the browser's own console message ("Refused to …") and, from a listener every frame
 * gets before its first script, each `securitypolicyviolation` event with the directive and what
 * it blocked.
 */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} in ${location.href} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
  page.on('console', (message) => {
    if (/CSP violation|Content Security Policy/i.test(message.text())) violations.push(`${message.location().url}: ${message.text()}`);
  });
  return violations;
}
