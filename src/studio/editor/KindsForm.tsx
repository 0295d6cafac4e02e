import { useId, useState, type Dispatch } from 'react';
import type { StudioVocabulary } from '../model/authoring';
import type { EditorAction } from '../model/editorState';
import { problemsAt, type Problem } from '../model/problems';
import { describedBy, FieldMessages } from './FieldMessages';

interface KindsFormProps {
  vocabulary: StudioVocabulary | undefined;
  /** The vocabulary a story without one of its own uses (the default set), to declare as a start. */
  fallback: () => StudioVocabulary;
  /** Kinds events use, which cannot be removed while they do. */
  used: ReadonlySet<string>;
  problems: readonly Problem[];
  dispatch: Dispatch<EditorAction>;
}

/**
 * The story's kinds, lane by lane, as its authoring file declares them (`vocabulary:`): each
 * kind's label, a kind added to a lane or removed from it. Lanes' colours, shapes and figure groups
 * stay as the file has them (a text editor changes those). A story without kinds of its own uses
 * the default set, and can declare it to change it.
 */
export function KindsForm({ vocabulary, fallback, used, problems, dispatch }: KindsFormProps) {
  const ids = useId();
  const [adding, setAdding] = useState<Record<number, string>>({});
  const all = problemsAt(problems, 'vocabulary', true);
  if (!vocabulary) {
    return (
      <section aria-labelledby={`${ids}-heading`} className="studio-panel">
        <h2 id={`${ids}-heading`}>Kinds of event</h2>
        <p className="studio-muted">This story uses the default kinds (a truce in a war). Declare them in its file to rename, add or remove kinds.</p>
        <button type="button" className="studio-button" onClick={() => dispatch({ type: 'vocabulary', vocabulary: fallback() })}>
          Declare the story’s kinds
        </button>
      </section>
    );
  }
  return (
    <section aria-labelledby={`${ids}-heading`} className="studio-panel">
      <h2 id={`${ids}-heading`}>Kinds of event</h2>
      <FieldMessages id={`${ids}-all`} problems={all.filter((p) => !/^vocabulary\.lanes\[\d+\]\.kinds\[\d+\]/.test(p.path ?? ''))} />
      {vocabulary.lanes.map((lane, l) => (
        <fieldset key={`${lane.id}-${l}`} className="studio-lane">
          <legend>
            Lane: {lane.name || lane.id}
            {lane.periods ? ' (periods, drawn across every lane)' : ''}
          </legend>
          {lane.kinds.map((kind, k) => {
            const path = `vocabulary.lanes[${l}].kinds[${k}]`;
            const mine = problemsAt(problems, path, true);
            const inUse = used.has(kind.id);
            return (
              <div className="studio-row" key={`${kind.id}-${k}`}>
                <div className="studio-field">
                  <label htmlFor={`${ids}-${l}-${k}`}>
                    Label of kind <code>{kind.id}</code>
                  </label>
                  <input id={`${ids}-${l}-${k}`} value={kind.label} onChange={(e) => dispatch({ type: 'kindLabel', lane: l, kind: k, label: e.target.value })} {...describedBy(`${ids}-${l}-${k}-m`, mine)} />
                  <FieldMessages id={`${ids}-${l}-${k}-m`} problems={mine} />
                </div>
                <button
                  type="button"
                  className="studio-button"
                  disabled={inUse}
                  aria-label={`Remove the kind ${kind.label || kind.id}${inUse ? ' (events use it)' : ''}`}
                  onClick={() => dispatch({ type: 'removeKind', lane: l, kind: k })}
                >
                  Remove
                </button>
              </div>
            );
          })}
          <form
            className="studio-row"
            onSubmit={(e) => {
              e.preventDefault();
              const label = (adding[l] ?? '').trim();
              if (!label) return;
              dispatch({ type: 'addKind', lane: l, label });
              setAdding({ ...adding, [l]: '' });
            }}
          >
            <div className="studio-field">
              <label htmlFor={`${ids}-${l}-new`}>New kind in {lane.name || lane.id}</label>
              <input id={`${ids}-${l}-new`} value={adding[l] ?? ''} onChange={(e) => setAdding({ ...adding, [l]: e.target.value })} />
            </div>
            <button type="submit" className="studio-button">
              Add kind
            </button>
          </form>
        </fieldset>
      ))}
    </section>
  );
}
