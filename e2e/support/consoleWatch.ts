import type { Page } from '@playwright/test';

/** Collects, from now on, what the page says in its console at the given levels, and its uncaught errors. */
export function watchConsole(page: Page, levels: readonly string[] = ['error', 'warning']): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (levels.includes(message.type())) messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(error.message));
  return messages;
}
