import { useId, useState } from 'react';
import { importTimeline, type ImportedTimeline } from '../import/timelinejs';

interface ImportControlProps {
  onImport: (imported: ImportedTimeline) => void;
}

/** Opens a TimelineJS3 spreadsheet exported as CSV, or its JSON, and hands its events over as proposals. */
export function ImportControl({ onImport }: ImportControlProps) {
  const ids = useId();
  const [message, setMessage] = useState<{ error: boolean; text: string; warnings: string[] } | null>(null);
  return (
    <div className="studio-import">
      <label htmlFor={`${ids}-file`}>Import a TimelineJS3 timeline (CSV or JSON)</label>
      <input
        id={`${ids}-file`}
        type="file"
        accept=".csv,.json,text/csv,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          void file.text().then((text) => {
            try {
              const imported = importTimeline(text);
              onImport(imported);
              setMessage({ error: false, text: `Imported ${imported.events.length} event${imported.events.length === 1 ? '' : 's'} from ${file.name} as proposals.`, warnings: imported.warnings });
            } catch (error) {
              setMessage({ error: true, text: `${file.name} could not be imported: ${(error as Error).message}`, warnings: [] });
            }
            e.target.value = '';
          });
        }}
      />
      {message && (
        <div role={message.error ? 'alert' : 'status'}>
          <p className={message.error ? 'studio-error' : undefined}>{message.text}</p>
          {message.warnings.length > 0 && (
            <ul className="studio-hint">
              {message.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
