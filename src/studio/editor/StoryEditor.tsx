import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { draftStory, openStory, proposeForSelection, saveStory, suggestAnchors, type DraftRequest } from '../api/client';
import type { DraftEvent, DraftProposal, OpenedStory } from '../api/types';
import type { ImportedTimeline } from '../import/timelinejs';
import type { StudioAuthoring, StudioEvent, StudioQuote } from '../model/authoring';
import { editorReducer, initialEditor, type Proposal } from '../model/editorState';
import { importedProposals } from '../model/fromImport';
import { spokenDuration } from '../model/duration';
import { defaultStudioVocabulary, studioKinds } from '../model/kinds';
import { KindsForm } from './KindsForm';
import { clearRecovery, readRecovery, takeDraftRequest, writeRecovery, type RecoveryCopy } from '../model/recovery';
import { locate } from '../model/selection';
import { ArticlePane, type ArticleMark } from './ArticlePane';
import { CoveragePanel } from './CoveragePanel';
import { EventForm } from './EventForm';
import { EventList } from './EventList';
import { ImportControl } from './ImportControl';
import { Preview } from './Preview';
import { ProposalList } from './ProposalList';
import { StoryForm } from './StoryForm';
import { useChecks } from './useChecks';

/** A drafted event as the editor holds it: quotes as objects. */
function toStudioEvent(event: DraftEvent): StudioEvent {
  return { ...event, quotes: event.quotes.map((q) => (typeof q === 'string' ? { text: q } : q)) };
}

const toProposal = (p: DraftProposal, origin: Proposal['origin']): Proposal => ({ key: p.key, event: toStudioEvent(p.event), reasons: p.reasons, origin });

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; text: string; detail: string[] } | { kind: 'failed'; text: string };

/**
 * One story's editor: the preview, the article to quote from, the draft's proposals, the events
 * and the open event's form, the story block and the coverage report, all checked by the local
 * API as the editor works, and saved only when asked. The work since the last save is kept in
 * the browser too, and offered back when the page is opened again.
 */
export function StoryEditor({ slug }: { slug: string }) {
  const [opened, setOpened] = useState<OpenedStory | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [state, dispatch] = useReducer(editorReducer, undefined, () => initialEditor({ seed: `${slug}.txt`, story: {}, events: [] }));
  const [version, setVersion] = useState('none');
  const [recovery, setRecovery] = useState<RecoveryCopy | null>(null);
  const [drafting, setDrafting] = useState<{ done: number; total: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [conflict, setConflict] = useState<{ version: string; authoring: StudioAuthoring | null } | null>(null);
  const checks = useChecks(slug, opened?.authoring ? state.authoring : null);
  const problems = useMemo(() => checks.result?.problems ?? [], [checks.result]);
  const { authoring } = state;
  // The story's own kinds (its file's vocabulary, or the default set): the only ones offered or proposed.
  const kinds = useMemo(() => studioKinds(authoring.vocabulary), [authoring.vocabulary]);
  const usedKinds = useMemo(() => new Set(authoring.events.map((e) => e.kind)), [authoring.events]);
  const draftOptions = useCallback(
    (extra: DraftRequest = {}): DraftRequest => ({
      ...(authoring.story.date && /^\d{4}-\d{2}-\d{2}/.test(authoring.story.date) ? { articleDate: authoring.story.date.slice(0, 10) } : {}),
      ...(authoring.story.timeZone ? { timeZone: authoring.story.timeZone } : {}),
      ...(authoring.story.headlines ? { headlines: authoring.story.headlines } : {}),
      kinds: kinds.map((k) => ({ id: k.id, label: k.label })),
      ...extra,
    }),
    [authoring.story, kinds],
  );

  const runDraft = useCallback(
    async (request: DraftRequest) => {
      setDrafting({ done: 0, total: 0 });
      setNotice(null);
      try {
        const draft = await draftStory(slug, request, (done, total) => setDrafting({ done, total }));
        dispatch({ type: 'propose', proposals: draft.proposals.map((p) => toProposal(p, 'draft')), replace: true });
        const notes = [...draft.notes];
        if (draft.story.date && !authoring.story.date) {
          dispatch({ type: 'story', field: 'date', value: draft.story.date });
          dispatch({ type: 'story', field: 'dateBasis', value: 'stated' });
          notes.push(`The article’s date, ${draft.story.date}, was ${draft.story.found === 'given by the editor' ? 'given when the story was made' : `read from “${draft.story.found ?? ''}”`}: see “The story” below.`);
        }
        const proposed = draft.proposals.length;
        setNotice(`The draft proposes ${proposed} event${proposed === 1 ? '' : 's'}. ${notes.join(' ')}`.trim());
      } catch (error) {
        setNotice(`The draft failed: ${(error as Error).message}`);
      } finally {
        setDrafting(null);
      }
    },
    [slug, authoring.story.date],
  );

  // Open the story; offer back unsaved work; a new story is drafted at once.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    openStory(slug).then(
      (story) => {
        setOpened(story);
        setVersion(story.version);
        if (!story.authoring) return;
        dispatch({ type: 'load', authoring: story.authoring });
        const copy = readRecovery(slug);
        if (copy && JSON.stringify(copy.authoring) !== JSON.stringify(story.authoring)) setRecovery(copy);
        const request = takeDraftRequest(slug);
        const storyKinds = studioKinds(story.authoring.vocabulary).map((k) => ({ id: k.id, label: k.label }));
        if (request || (story.version === 'none' && story.authoring.events.length === 0 && !copy)) void runDraft({ kinds: storyKinds, ...request });
      },
      (error: Error) => setLoadError(error.message),
    );
  }, [slug, runDraft]);

  // Everything not yet saved is also kept in the browser.
  useEffect(() => {
    if (state.dirty) writeRecovery(slug, { baseVersion: version, authoring, at: new Date().toISOString() });
  }, [slug, state.dirty, authoring, version]);

  const doSave = async (force = false) => {
    setSave({ kind: 'saving' });
    try {
      const result = await saveStory(slug, authoring, force && conflict ? conflict.version : version);
      if (result.ok) {
        setVersion(result.version);
        setConflict(null);
        dispatch({ type: 'saved' });
        clearRecovery(slug);
        setSave({
          kind: 'saved',
          text: result.dataWritten
            ? `Saved at ${new Date().toLocaleTimeString()}: the authoring file and the timeline data.${result.madeInSeconds === undefined ? '' : ` npm run data -- --check passes: ${authoring.events.length} event${authoring.events.length === 1 ? '' : 's'} in ${spokenDuration(result.madeInSeconds)} from the article pasted.`}`
            : result.siteProblems.length > 0
              ? `Saved the authoring file at ${new Date().toLocaleTimeString()}. The site’s data was not written: npm run data stops at another story’s problems (below), as it would.`
              : `Saved the authoring file at ${new Date().toLocaleTimeString()}. The timeline data was not written: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} to fix first.`,
          detail: [...result.wrote, ...result.removed.map((path) => `removed ${path}, as npm run data does`), ...result.siteProblems.map((line) => `data: ${line}`), ...(result.uncovered > 0 ? [`The coverage report lists ${result.uncovered} sentence${result.uncovered === 1 ? '' : 's'}: npm run data -- --check fails until events quote them.`] : [])],
        });
      } else if (result.conflict) {
        setConflict({ version: result.version, authoring: result.authoring });
        setSave({ kind: 'failed', text: 'Not saved: the file changed since you opened it (in another tab or editor). Your work is still here and kept in this browser.' });
      } else {
        setSave({ kind: 'failed', text: `Not saved: ${result.message}.${result.recovery ? ` A copy of your work is in ${result.recovery}.` : ''} Your work is still here and kept in this browser.` });
      }
    } catch (error) {
      setSave({ kind: 'failed', text: `Not saved: ${(error as Error).message}. Your work is still here and kept in this browser.` });
    }
  };

  const newEventFrom = async (span: { start: number; end: number }) => {
    setBusy(true);
    try {
      const proposal = await proposeForSelection(slug, span.start, span.end, draftOptions());
      dispatch({ type: 'addEvent', event: toStudioEvent(proposal.event) });
    } catch (error) {
      setNotice(`No event could be made from those words: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const onImport = (imported: ImportedTimeline) => {
    const taken = new Set([...authoring.events, ...state.proposals.map((p) => p.event)].map((e) => e.id));
    const proposals = importedProposals(imported, kinds, taken, Boolean(authoring.story.timeZone));
    dispatch({ type: 'propose', proposals, replace: false });
    if (imported.title?.headline && !authoring.story.title) setNotice(`The timeline’s title, “${imported.title.headline}”, can be the story’s title: see “The story” below.`);
    void suggestAnchors(
      slug,
      proposals.map((p) => ({ title: p.event.title, ...(p.event.summary ? { text: p.event.summary } : {}) })),
      authoring.story.headlines,
    ).then(
      (suggestions) => dispatch({ type: 'propose', proposals: proposals.map((p, i) => ({ ...p, ...(suggestions[i] ? { suggestion: suggestions[i].quote } : {}) })), replace: false }),
      () => undefined,
    );
  };

  const seed = opened?.seedText ?? '';
  const marks = useMemo<ArticleMark[]>(() => {
    const found: ArticleMark[] = [];
    authoring.events.forEach((event, i) => {
      for (const quote of event.quotes) {
        const at = locate(seed, quote);
        if (at) found.push({ ...at, kind: i === state.selected ? 'open' : 'quoted' });
      }
    });
    for (const u of checks.result?.uncovered ?? []) found.push({ start: u.start, end: u.end, kind: 'uncovered' });
    return found;
  }, [authoring.events, seed, state.selected, checks.result]);

  if (loadError) {
    return (
      <>
        <h1>{slug}</h1>
        <p role="alert" className="studio-error">
          The story could not be opened: {loadError}
        </p>
        <p>
          <a href="#/">Back to the stories</a>
        </p>
      </>
    );
  }
  if (!opened) return <p role="status">Opening {slug}…</p>;
  if (!opened.authoring) {
    return (
      <>
        <h1>{slug}</h1>
        <div role="alert" className="studio-error">
          <p>The studio cannot open this authoring file without losing part of it. Fix these in a text editor, then open it again:</p>
          <ul>
            {opened.problems.map((p) => (
              <li key={p.text}>
                <code>{p.text}</code>
              </li>
            ))}
          </ul>
        </div>
      </>
    );
  }

  const selected = state.selected;
  const openEvent = selected === null ? null : authoring.events[selected];
  const problemCount = problems.length;
  const title = authoring.story.title ?? checks.result?.preview?.story.title ?? slug;

  return (
    <div className="studio-editor">
      <div className="studio-editor__head">
        <h1>{title}</h1>
        <p className="studio-muted">
          seeds/{slug}.events.yaml · data in {opened.dataFolder}/ {state.dirty ? '· unsaved changes' : ''}
        </p>
        <div className="studio-toolbar">
          <button type="button" className="studio-button studio-button--primary" onClick={() => void doSave()} disabled={save.kind === 'saving'}>
            {save.kind === 'saving' ? 'Saving…' : 'Save'}
          </button>
          <button type="button" className="studio-button" onClick={() => void runDraft(draftOptions())} disabled={drafting !== null}>
            {state.proposals.length > 0 ? 'Draft again' : 'Draft from the article'}
          </button>
          <ImportControl onImport={onImport} />
        </div>
        <p role="status" className="studio-status">
          {checks.error ? `The checks could not run: ${checks.error}` : checks.result ? (problemCount === 0 ? 'Checked: no problems.' : `Checked: ${problemCount} problem${problemCount === 1 ? '' : 's'}.`) : 'Checking…'}
        </p>
        <div role="status" className="studio-status">
          {save.kind === 'saved' && (
            <>
              <p>{save.text}</p>
              <ul className="studio-hint">
                {save.detail.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </>
          )}
          {save.kind === 'failed' && <p className="studio-error">{save.text}</p>}
          {notice && <p>{notice}</p>}
        </div>
        {opened.innerComments > 0 && (
          <p className="studio-hint">This file has {opened.innerComments} comment line{opened.innerComments === 1 ? '' : 's'} after its opening comment; a save from the studio keeps the opening comment only.</p>
        )}
        {recovery && (
          <div className="studio-banner" role="region" aria-label="Unsaved work">
            <p>Unsaved work from {new Date(recovery.at).toLocaleString()} was kept in this browser.</p>
            <button
              type="button"
              className="studio-button"
              onClick={() => {
                dispatch({ type: 'load', authoring: recovery.authoring, dirty: true });
                if (recovery.baseVersion !== version) setConflict({ version, authoring: opened.authoring });
                setRecovery(null);
              }}
            >
              Restore it
            </button>
            <button
              type="button"
              className="studio-button"
              onClick={() => {
                clearRecovery(slug);
                setRecovery(null);
              }}
            >
              Discard it
            </button>
          </div>
        )}
        {conflict && (
          <div className="studio-banner" role="region" aria-label="Changed elsewhere">
            <p>The authoring file was changed elsewhere since you opened it. Saving now would replace those changes with yours.</p>
            <button type="button" className="studio-button" onClick={() => void doSave(true)}>
              Save mine over theirs
            </button>
            {conflict.authoring && (
              <button
                type="button"
                className="studio-button"
                onClick={() => {
                  dispatch({ type: 'load', authoring: conflict.authoring! });
                  setVersion(conflict.version);
                  setConflict(null);
                  clearRecovery(slug);
                }}
              >
                Load theirs (drops mine)
              </button>
            )}
          </div>
        )}
      </div>
      <Preview preview={checks.result?.preview ?? null} leftOut={checks.result?.leftOut.length ?? 0} selectedId={openEvent?.id ?? null} onSelect={(id) => dispatch({ type: 'select', index: authoring.events.findIndex((e) => e.id === id) })} />
      <div className="studio-workspace">
        <div className="studio-workspace__article">
          <ArticlePane
            seed={seed}
            marks={marks}
            openTitle={openEvent ? openEvent.title || '(no title)' : null}
            onAddQuote={(quote: StudioQuote) => selected !== null && dispatch({ type: 'addQuote', index: selected, quote })}
            onNewEvent={(span) => void newEventFrom(span)}
            busy={busy}
          />
        </div>
        <div className="studio-workspace__work">
          <ProposalList proposals={state.proposals} dispatch={dispatch} drafting={drafting} />
          <EventList events={authoring.events} selected={selected} problems={problems} dispatch={dispatch} />
          {openEvent && selected !== null && <EventForm key={selected} index={selected} event={openEvent} kinds={kinds} problems={problems} isLast={selected === authoring.events.length - 1} dispatch={dispatch} />}
          <StoryForm story={authoring.story} problems={problems} dispatch={dispatch} />
          <KindsForm vocabulary={authoring.vocabulary} fallback={defaultStudioVocabulary} used={usedKinds} problems={problems} dispatch={dispatch} />
          <CoveragePanel uncovered={checks.result?.uncovered ?? []} onNewEvent={(span) => void newEventFrom(span)} busy={busy} />
          <section aria-labelledby="studio-problems-heading" className="studio-panel">
            <h2 id="studio-problems-heading">All problems ({problemCount})</h2>
            {problemCount === 0 ? (
              <p className="studio-muted">None: npm run data derives the timeline from this file.</p>
            ) : (
              <ul className="studio-coverage">
                {problems.map((p) => (
                  <li key={p.text}>
                    <code>data: {p.text}</code>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
