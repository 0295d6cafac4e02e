/**
 * The reader's journeys in WebKit: `xvfb-run -a -s "-screen 0 1920x1080x24" node --import tsx --test e2e/browsers/webkit.journeys.ts`
 * against a build in `dist/` (the test command runs it so, after installing what it needs).
 */
// @ts-expect-error: a plain ES module shared with the test runner script, no type declarations.
import { ensureWebKit } from '../../scripts/webkit.mjs';
import { runJourneys } from './runJourneys';
import { WEBDRIVER_PORT } from './servers';
import { openWebKit } from './webkit';

const paths = (ensureWebKit as () => { driver: string; miniBrowser: string })();
runJourneys('webkit', () => openWebKit(paths, WEBDRIVER_PORT));
