/**
 * The reader's journeys in Firefox ESR: `node --import tsx --test e2e/browsers/firefox.journeys.ts`
 * against a build in `dist/` (the test command runs it so, after installing what it needs).
 */
// @ts-expect-error: a plain ES module shared with the test runner script, no type declarations.
import { ensureFirefox } from '../../scripts/firefox.mjs';
import { openFirefox } from './firefox';
import { runJourneys } from './runJourneys';

const path = (ensureFirefox as () => string)();
runJourneys('firefox', () => openFirefox(path));
