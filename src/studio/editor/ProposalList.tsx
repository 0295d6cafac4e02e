import type { Dispatch } from 'react';
import type { EditorAction, Proposal } from '../model/editorState';
import { datesOf } from './dates';

interface ProposalListProps {
  proposals: readonly Proposal[];
  dispatch: Dispatch<EditorAction>;
  /** Drafting, with its progress, or null. */
  drafting: { done: number; total: number } | null;
}

const quoteText = (p: Proposal) => p.event.quotes.map((q) => q.text).join(' … ');

/**
 * The draft's (or an import's) proposals: each with its words, date and figures and how they were
 * worked out, to accept, reject, merge with the next or split by quote. None is in the authoring
 * file until accepted.
 */
export function ProposalList({ proposals, dispatch, drafting }: ProposalListProps) {
  return (
    <section aria-labelledby="studio-proposals-heading" className="studio-panel" aria-busy={drafting !== null}>
      <h2 id="studio-proposals-heading">Proposed events ({proposals.length})</h2>
      {drafting && (
        <div className="studio-progress">
          <progress max={drafting.total || 1} value={drafting.done} aria-label="Drafting" />
          <p role="status">
            Drafting: paragraph {drafting.done} of {drafting.total || '…'}
          </p>
        </div>
      )}
      {proposals.length === 0 && !drafting && <p className="studio-muted">None. Draft the article, import a TimelineJS3 timeline, or make events from selected words.</p>}
      {proposals.length > 0 && <p className="studio-hint">Nothing here is saved until you accept it. Accepted events join the list below, where every check applies.</p>}
      {proposals.length > 0 && (
        <>
          <div className="studio-row">
            <button type="button" className="studio-button" onClick={() => dispatch({ type: 'acceptAll' })}>
              Accept all {proposals.length}
            </button>
            <button type="button" className="studio-button" onClick={() => dispatch({ type: 'rejectAll' })}>
              Reject all
            </button>
          </div>
          <ProposalItems proposals={proposals} dispatch={dispatch} />
        </>
      )}
    </section>
  );
}

/** The proposals, each with its actions. */
function ProposalItems({ proposals, dispatch }: { proposals: readonly Proposal[]; dispatch: Dispatch<EditorAction> }) {
  return (
    <ol className="studio-proposals">
      {proposals.map((p, i) => (
        <li key={p.key} className="studio-proposal">
          <h3 className="studio-proposal__title">
            {p.event.title} <span className="studio-muted">({datesOf(p.event.start, p.event.end)}, {p.event.kind})</span>
          </h3>
          {p.event.quotes.length > 0 ? <blockquote className="studio-quote">{quoteText(p)}</blockquote> : <p className="studio-muted">No quote yet: anchor it to the article’s words.</p>}
          {p.suggestion && (
            <p>
              Suggested quote: <q>{p.suggestion.text}</q>
            </p>
          )}
          {p.event.figures.length > 0 && (
            <p>
              Figures:{' '}
              {p.event.figures.map((f) => `${f.qualifier ? `${f.qualifier} ` : ''}${f.value.toLocaleString('en', { maximumFractionDigits: 20 })} ${f.unit} (${f.label})`).join('; ')}
            </p>
          )}
          <details>
            <summary>How this was worked out</summary>
            <ul>
              {p.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </details>
          <div className="studio-row">
            {p.suggestion && (
              <button type="button" className="studio-button studio-button--primary" aria-label={`Accept with the suggested quote: ${p.event.title}`} onClick={() => dispatch({ type: 'accept', key: p.key, useSuggestion: true })}>
                Accept with the suggested quote
              </button>
            )}
            <button type="button" className={`studio-button${p.suggestion ? '' : ' studio-button--primary'}`} aria-label={`Accept: ${p.event.title}`} onClick={() => dispatch({ type: 'accept', key: p.key })}>
              Accept
            </button>
            <button type="button" className="studio-button" aria-label={`Reject: ${p.event.title}`} onClick={() => dispatch({ type: 'reject', key: p.key })}>
              Reject
            </button>
            {i < proposals.length - 1 && (
              <button type="button" className="studio-button" aria-label={`Merge with the next: ${p.event.title}`} onClick={() => dispatch({ type: 'mergeProposals', key: p.key })}>
                Merge with the next
              </button>
            )}
            {p.event.quotes.length > 1 && (
              <button type="button" className="studio-button" aria-label={`Split by quote: ${p.event.title}`} onClick={() => dispatch({ type: 'splitProposal', key: p.key })}>
                Split by quote
              </button>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
