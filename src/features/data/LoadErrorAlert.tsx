import { failureMessage } from './failureMessage';
import { useUiLang } from '../../shared/ui/storyLanguage';
import { useLaterMessages } from '../../shared/ui/useLaterMessages';

interface LoadErrorAlertProps {
  /** The error react-query reports for the timeline query. */
  error: unknown;
  /** Loads the timeline again. */
  onRetry: () => void;
  /** True while the retry is under way, so the button says so. */
  retrying: boolean;
}

/** An alert a reader understands, naming each bad field by its path, with a Retry button. */
export function LoadErrorAlert({ error, onRetry, retrying }: LoadErrorAlertProps) {
  // A page that fails to load is one without its data inline, whose chunk registers English's later words.
  const t = useLaterMessages();
  const uiLang = useUiLang();
  if (!t) return null;
  const message = failureMessage(error, t);
  return (
    <div role="alert" className="load-error" lang={uiLang}>
      <h1>{message.headline}</h1>
      <p>{message.detail}</p>
      {message.problems.length > 0 && (
        <ul className="load-error__problems">
          {message.problems.map((problem, index) => (
            <li key={`${problem.path}-${index}`}>
              <code>{problem.path}</code>: {problem.message}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t.retrying : t.retry}
      </button>
    </div>
  );
}
