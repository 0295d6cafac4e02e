import { useEffect, useState } from 'react';
import { checkStory } from '../api/client';
import type { CheckResult } from '../api/types';
import type { StudioAuthoring } from '../model/authoring';

/** How long typing pauses before the checks run. */
const PAUSE_MS = 300;

export interface Checks {
  result: CheckResult | null;
  checking: boolean;
  error: string | null;
}

/**
 * `npm run data`'s checks on the editor's work, run by the local API a moment after each change;
 * a newer change cancels the check of an older one, so what is shown is always about what is on
 * screen.
 */
export function useChecks(slug: string, authoring: StudioAuthoring | null): Checks {
  const [checks, setChecks] = useState<Checks>({ result: null, checking: false, error: null });
  useEffect(() => {
    if (!authoring) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setChecks((c) => ({ ...c, checking: true }));
      checkStory(slug, authoring, controller.signal).then(
        (result) => setChecks({ result, checking: false, error: null }),
        (error: Error) => {
          if (error.name !== 'AbortError') setChecks((c) => ({ ...c, checking: false, error: error.message }));
        },
      );
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [slug, authoring]);
  return checks;
}
