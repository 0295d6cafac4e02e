import { useId, useRef, useState } from 'react';
import { copyText, type CopyOutcome } from '../../shared/clipboard/copyText';
import type { Bound, LaterMessages } from '../../shared/i18n/messages';

interface SnippetFieldProps {
  /** What the snippet is for, as the field's label. */
  label: string;
  /** A short name for the copy button ("script snippet"). */
  name: string;
  /** A line under the label on when to use it. */
  hint: string;
  code: string;
  /** The copy button's words, which come with the embed dialog's. */
  words: Pick<Bound<LaterMessages>, 'copy' | 'copied' | 'copyManually'>;
}

/**
 * One snippet to paste: a read-only field and a copy button whose outcome is announced. When the
 * clipboard refuses, the code is left selected in the field for Ctrl+C.
 */
export function SnippetField({ label, name, hint, code, words: t }: SnippetFieldProps) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  // An outcome belongs to the code it was for: changing the colour scheme starts afresh.
  const [result, setResult] = useState<{ code: string; outcome: CopyOutcome } | null>(null);
  const outcome = result?.code === code ? result.outcome : null;

  const copy = async () => {
    const next = await copyText(code);
    setResult({ code, outcome: next });
    if (next === 'manual') {
      field.current?.focus();
      field.current?.select();
    }
  };

  return (
    <div className="snippet">
      <label className="snippet__label" htmlFor={id}>
        {label}
      </label>
      <p className="snippet__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        id={id}
        ref={field}
        className="snippet__code"
        readOnly
        value={code}
        rows={4}
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="snippet__actions">
        <button type="button" className="button button--quiet" onClick={() => void copy()}>
          {t.copy} <span className="visually-hidden">{name}</span>
        </button>
        <p className="snippet__status" role="status">
          {outcome === 'copied' ? t.copied : outcome === 'manual' ? t.copyManually : ''}
        </p>
      </div>
    </div>
  );
}
