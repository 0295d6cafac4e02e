import { useId, useState, type Dispatch } from 'react';
import type { StudioEvent, StudioFigure } from '../model/authoring';
import type { EditorAction } from '../model/editorState';
import type { StudioKind } from '../model/kinds';
import { problemsAt, unplacedEventProblems, type Problem } from '../model/problems';
import { describedBy, FieldMessages } from './FieldMessages';

interface EventFormProps {
  index: number;
  event: StudioEvent;
  /** The story's kinds, from its vocabulary. */
  kinds: readonly StudioKind[];
  problems: readonly Problem[];
  isLast: boolean;
  dispatch: Dispatch<EditorAction>;
}

/** A figure's value as typed: a number when it reads as one ("1,200" is 1200), else the text, for the checks to name. */
export function figureValue(text: string): number | string {
  const plain = text.trim();
  if (/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(plain)) return Number(plain.replaceAll(',', ''));
  return text;
}

/** A text field with its label and the pipeline's messages about it. */
function Field(props: { id: string; label: string; value: string; path: string; problems: readonly Problem[]; onChange: (value: string) => void; multiline?: boolean; hint?: string; placeholder?: string }) {
  const mine = problemsAt(props.problems, props.path);
  const messagesId = `${props.id}-messages`;
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const common = { id: props.id, value: props.value, onChange: (e: { target: { value: string } }) => props.onChange(e.target.value), ...describedBy(messagesId, mine, hintId), ...(props.placeholder ? { placeholder: props.placeholder } : {}) };
  return (
    <div className="studio-field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.multiline ? <textarea rows={3} {...common} /> : <input {...common} />}
      {props.hint && (
        <p id={hintId} className="studio-hint">
          {props.hint}
        </p>
      )}
      <FieldMessages id={messagesId} problems={mine} />
    </div>
  );
}

/** A figure's value field, keeping what is typed while it is typed. */
function ValueInput({ id, value, onChange, ...rest }: { id: string; value: number | string; onChange: (value: number | string) => void; 'aria-describedby'?: string; 'aria-invalid'?: true }) {
  const [typed, setText] = useState(String(value));
  // What was typed while it still reads as the value; the value itself once it changed elsewhere.
  const text = figureValue(typed) === value ? typed : String(value);
  return (
    <input
      id={id}
      inputMode="decimal"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(figureValue(e.target.value));
      }}
      {...rest}
    />
  );
}

function FigureRow({ index, figure, at, problems, dispatch }: { index: number; figure: StudioFigure; at: number; problems: readonly Problem[]; dispatch: Dispatch<EditorAction> }) {
  const ids = useId();
  const path = `events[${index}].figures[${at}]`;
  const mine = problemsAt(problems, path, true);
  const set = (field: keyof StudioFigure, value: string | number) => dispatch({ type: 'figure', index, figure: at, field, value });
  const invalid = describedBy(`${ids}-messages`, mine);
  return (
    <fieldset className="studio-figure">
      <legend>Figure {at + 1}</legend>
      <div className="studio-row">
        <div className="studio-field studio-field--narrow">
          <label htmlFor={`${ids}-value`}>Value</label>
          <ValueInput id={`${ids}-value`} value={figure.value} onChange={(v) => set('value', v)} {...invalid} />
        </div>
        <div className="studio-field studio-field--narrow">
          <label htmlFor={`${ids}-unit`}>Unit</label>
          <input id={`${ids}-unit`} value={figure.unit} onChange={(e) => set('unit', e.target.value)} {...invalid} />
        </div>
        <div className="studio-field">
          <label htmlFor={`${ids}-label`}>Label</label>
          <input id={`${ids}-label`} value={figure.label} onChange={(e) => set('label', e.target.value)} />
        </div>
        <div className="studio-field studio-field--narrow">
          <label htmlFor={`${ids}-qualifier`}>Qualifier</label>
          <input id={`${ids}-qualifier`} value={figure.qualifier ?? ''} placeholder="nearly, about…" onChange={(e) => set('qualifier', e.target.value)} {...invalid} />
        </div>
        <div className="studio-field studio-field--narrow">
          <label htmlFor={`${ids}-scope`}>Scope</label>
          <input id={`${ids}-scope`} value={figure.scope ?? ''} onChange={(e) => set('scope', e.target.value)} />
        </div>
      </div>
      <FieldMessages id={`${ids}-messages`} problems={mine} />
      <button type="button" className="studio-button studio-button--small" onClick={() => dispatch({ type: 'removeFigure', index, figure: at })}>
        Remove figure {at + 1}
      </button>
    </fieldset>
  );
}

/** The open event: every field with the pipeline's messages at it, its quotes and figures, and merge, split and remove. */
export function EventForm({ index, event, kinds, problems, isLast, dispatch }: EventFormProps) {
  const ids = useId();
  const at = `events[${index}]`;
  const set = (field: 'id' | 'kind' | 'title' | 'summary' | 'start' | 'end' | 'dateBasis' | 'dateNote') => (value: string) => dispatch({ type: 'event', index, field, value });
  const kindProblems = problemsAt(problems, `${at}.kind`);
  const basisProblems = problemsAt(problems, `${at}.dateBasis`);
  const quoteSection = problemsAt(problems, `${at}.quotes`);
  const top = unplacedEventProblems(problems, index, event.figures.length, event.quotes.length);
  return (
    <section aria-labelledby={`${ids}-heading`} className="studio-panel studio-event-form">
      <h2 id={`${ids}-heading`}>
        Event {index + 1}: {event.title || '(no title)'}
      </h2>
      <FieldMessages id={`${ids}-top`} problems={top} />
      <Field id={`${ids}-title`} label="Title" value={event.title} path={`${at}.title`} problems={problems} onChange={set('title')} />
      <div className="studio-row">
        <Field id={`${ids}-id`} label="Id (in links)" value={event.id} path={`${at}.id`} problems={problems} onChange={set('id')} />
        <div className="studio-field">
          <label htmlFor={`${ids}-kind`}>Kind</label>
          <select id={`${ids}-kind`} value={event.kind} onChange={(e) => set('kind')(e.target.value)} {...describedBy(`${ids}-kind-messages`, kindProblems)}>
            {!kinds.some((k) => k.id === event.kind) && <option value={event.kind}>{event.kind || '(none)'}</option>}
            {kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
          </select>
          <FieldMessages id={`${ids}-kind-messages`} problems={kindProblems} />
        </div>
      </div>
      <Field id={`${ids}-summary`} label="Summary (your words, optional)" value={event.summary ?? ''} path={`${at}.summary`} problems={problems} onChange={set('summary')} multiline />
      <div className="studio-row">
        <Field id={`${ids}-start`} label="Start" value={event.start} path={`${at}.start`} problems={problems} onChange={set('start')} placeholder="YYYY-MM-DD" hint="A day, or a day and time: 2014-12-28T06:17" />
        <Field id={`${ids}-end`} label="End (last day, optional)" value={event.end ?? ''} path={`${at}.end`} problems={problems} onChange={set('end')} placeholder="YYYY-MM-DD" />
      </div>
      <fieldset className="studio-field" {...describedBy(`${ids}-basis-messages`, basisProblems)}>
        <legend>The date is</legend>
        {(['stated', 'inferred'] as const).map((basis) => (
          <label key={basis} className="studio-choice">
            <input type="radio" name={`${ids}-basis`} value={basis} checked={event.dateBasis === basis} onChange={() => set('dateBasis')(basis)} />
            {basis === 'stated' ? 'stated by the quotes' : 'inferred (say how in the note)'}
          </label>
        ))}
        <FieldMessages id={`${ids}-basis-messages`} problems={basisProblems} />
      </fieldset>
      <Field id={`${ids}-note`} label="Date note (how the date was reached)" value={event.dateNote ?? ''} path={`${at}.dateNote`} problems={problems} onChange={set('dateNote')} multiline />

      <h3>Quotes (the article’s words)</h3>
      <FieldMessages id={`${ids}-quotes`} problems={quoteSection} />
      {event.quotes.length === 0 ? (
        <p className="studio-muted">No quote: select words in the article and add them as a quote.</p>
      ) : (
        <ol className="studio-quotes">
          {event.quotes.map((quote, q) => {
            const mine = problemsAt(problems, `${at}.quotes[${q}]`, true);
            return (
              <li key={`${q}-${quote.text}`} className={mine.length > 0 ? 'studio-invalid' : undefined}>
                <blockquote className="studio-quote" id={`${ids}-quote-${q}`}>
                  {quote.text}
                  {quote.occurrence ? <span className="studio-muted"> (occurrence {quote.occurrence})</span> : null}
                </blockquote>
                <FieldMessages id={`${ids}-quote-${q}-messages`} problems={mine} />
                <button type="button" className="studio-button studio-button--small" aria-describedby={`${ids}-quote-${q}`} onClick={() => dispatch({ type: 'removeQuote', index, quote: q })}>
                  Remove quote {q + 1}
                </button>
              </li>
            );
          })}
        </ol>
      )}

      <h3>Figures</h3>
      <FieldMessages id={`${ids}-figures`} problems={problemsAt(problems, `${at}.figures`)} />
      {event.figures.map((figure, f) => (
        <FigureRow key={f} index={index} figure={figure} at={f} problems={problems} dispatch={dispatch} />
      ))}
      <button type="button" className="studio-button" onClick={() => dispatch({ type: 'addFigure', index })}>
        Add a figure
      </button>

      <h3>This event</h3>
      <div className="studio-row">
        {!isLast && (
          <button type="button" className="studio-button" onClick={() => dispatch({ type: 'mergeEvents', index })}>
            Merge with the next event
          </button>
        )}
        {event.quotes.length > 1 && (
          <button type="button" className="studio-button" onClick={() => dispatch({ type: 'splitEvent', index })}>
            Split into one event per quote
          </button>
        )}
        <button type="button" className="studio-button studio-button--danger" onClick={() => dispatch({ type: 'removeEvent', index })}>
          Remove this event
        </button>
      </div>
    </section>
  );
}
