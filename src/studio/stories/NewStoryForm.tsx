import { useId, useState, type FormEvent } from 'react';
import { createStory } from '../api/client';
import { slugFor } from '../model/ids';
import { saveDraftRequest } from '../model/recovery';

/**
 * A new story from an article: pasted, or opened from a file (kept byte for byte), with a name for
 * its files and, when the text does not give it, the article's date for the draft to count from.
 */
export function NewStoryForm() {
  const ids = useId();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [date, setDate] = useState('');
  const [status, setStatus] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const suggest = (article: string) => {
    if (slugEdited) return;
    const headline = article.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
    setSlug(slugFor(headline).slice(0, 60).replace(/-+$/, ''));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus({ busy: true, error: null });
    try {
      // An opened file goes as its bytes; pasted text as UTF-8.
      const bytes = file ? new Uint8Array(await file.arrayBuffer()) : new TextEncoder().encode(text);
      const created = await createStory(slug, bytes);
      saveDraftRequest(created.slug, date ? { articleDate: date } : {});
      location.hash = `#/story/${encodeURIComponent(created.slug)}`;
    } catch (error) {
      setStatus({ busy: false, error: (error as Error).message });
    }
  };

  return (
    <section aria-labelledby={`${ids}-heading`} className="studio-panel">
      <h2 id={`${ids}-heading`}>New story from an article</h2>
      <form onSubmit={(e) => void submit(e)} className="studio-form">
        <div className="studio-field">
          <label htmlFor={`${ids}-text`}>Article text (headline first, then paragraphs separated by blank lines)</label>
          <textarea
            id={`${ids}-text`}
            rows={10}
            value={text}
            disabled={file !== null}
            onChange={(e) => {
              setText(e.target.value);
              suggest(e.target.value);
            }}
          />
        </div>
        <div className="studio-field">
          <label htmlFor={`${ids}-file`}>Or open a plain-text file (UTF-8), stored exactly as it is</label>
          <input
            id={`${ids}-file`}
            type="file"
            accept=".txt,text/plain"
            onChange={(e) => {
              const chosen = e.target.files?.[0] ?? null;
              setFile(chosen);
              if (chosen) void chosen.text().then(suggest);
            }}
          />
        </div>
        <div className="studio-row">
          <div className="studio-field">
            <label htmlFor={`${ids}-slug`}>Name of the story’s files</label>
            <input
              id={`${ids}-slug`}
              value={slug}
              required
              pattern="[a-z0-9][a-z0-9\-]{0,79}"
              aria-describedby={`${ids}-slug-hint`}
              onChange={(e) => {
                setSlug(e.target.value);
                setSlugEdited(true);
              }}
            />
            <p id={`${ids}-slug-hint`} className="studio-hint">
              Lowercase letters, digits and hyphens: seeds/<strong>{slug || 'name'}</strong>.txt and .events.yaml
            </p>
          </div>
          <div className="studio-field">
            <label htmlFor={`${ids}-date`}>Article’s date, if its text does not give it</label>
            <input id={`${ids}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} aria-describedby={`${ids}-date-hint`} />
            <p id={`${ids}-date-hint`} className="studio-hint">
              The draft counts “on Monday” and “yesterday” from it.
            </p>
          </div>
        </div>
        <button type="submit" className="studio-button studio-button--primary" disabled={status.busy || !slug || (!text.trim() && !file)}>
          {status.busy ? 'Creating…' : 'Create the story and draft its timeline'}
        </button>
        {status.error && (
          <p role="alert" className="studio-error">
            {status.error}
          </p>
        )}
      </form>
    </section>
  );
}
