import type { Dispatch } from 'react';
import type { StudioEvent } from '../model/authoring';
import type { EditorAction } from '../model/editorState';
import { eventProblemCount, type Problem } from '../model/problems';
import { datesOf } from './dates';

interface EventListProps {
  events: readonly StudioEvent[];
  selected: number | null;
  problems: readonly Problem[];
  dispatch: Dispatch<EditorAction>;
}

/** The events of the authoring file, in its order, each with its date and how many problems it has; one opens at a time. */
export function EventList({ events, selected, problems, dispatch }: EventListProps) {
  return (
    <section aria-labelledby="studio-events-heading" className="studio-panel">
      <h2 id="studio-events-heading">Events ({events.length})</h2>
      {events.length === 0 ? (
        <p className="studio-muted">No event yet: accept proposals, or make one from selected words.</p>
      ) : (
        <ol className="studio-events">
          {events.map((event, i) => {
            const count = eventProblemCount(problems, i);
            return (
              <li key={`${i}-${event.id}`}>
                <button type="button" className="studio-event-button" aria-current={selected === i ? 'true' : undefined} onClick={() => dispatch({ type: 'select', index: selected === i ? null : i })}>
                  <span className="studio-event-button__title">{event.title || '(no title)'}</span>
                  <span className="studio-muted"> {datesOf(event.start, event.end)}</span>
                  {count > 0 ? <span className="studio-badge">{count} problem{count === 1 ? '' : 's'}</span> : <span className="studio-ok">checked</span>}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
