import type { Page } from '@playwright/test';

/**
 * Serves the app's pages without the data they carry inline (and so not prerendered), the way the
 * dev server or an older build serves them, so the app must fetch `data/timeline.json`.
 */
export async function serveWithoutInlineData(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname.endsWith('/') || url.pathname.endsWith('.html'),
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      const body = (await response.text())
        .replace(/<script id="sourceline-data" type="application\/json">[\s\S]*?<\/script>/, '')
        .replace(/<div id="root"[^>]*>[\s\S]*<\/div>(\s*<\/body>)/, '<div id="root"></div>$1');
      await route.fulfill({ response, body });
    },
  );
}
