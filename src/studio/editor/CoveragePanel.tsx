import type { UncoveredSentence } from '../api/types';

interface CoveragePanelProps {
  uncovered: readonly UncoveredSentence[];
  onNewEvent: (span: { start: number; end: number }) => void;
  busy: boolean;
}

/** The coverage report, as `npm run data` prints it: each sentence stating a date, time or number that no event quotes. */
export function CoveragePanel({ uncovered, onNewEvent, busy }: CoveragePanelProps) {
  return (
    <section aria-labelledby="studio-coverage-heading" className="studio-panel">
      <h2 id="studio-coverage-heading">Coverage ({uncovered.length})</h2>
      {uncovered.length === 0 ? (
        <p className="studio-muted">Every sentence that states a date, time, relative day or number is quoted by an event.</p>
      ) : (
        <>
          <p className="studio-hint">Sentences that state a date, time or number no event quotes (npm run data -- --check fails while any is left):</p>
          <ul className="studio-coverage">
            {uncovered.map((u) => (
              <li key={u.start}>
                <code>{u.line}</code>{' '}
                <button
                  type="button"
                  className="studio-button studio-button--small"
                  disabled={busy}
                  aria-label={`New event from this sentence: ${u.line.slice(u.line.indexOf(') ') + 2, u.line.indexOf(') ') + 60)}`}
                  onClick={() => onNewEvent({ start: u.start, end: u.end })}
                >
                  New event from this sentence
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
