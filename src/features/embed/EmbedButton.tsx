import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import type { EmbedDialogProps } from './EmbedDialog';
import { useMessages, useUiLang } from '../../shared/ui/storyLanguage';

// The dialog and its styles are only needed once an editor asks for them, never for the first view.
const loadDialog = () => import('./EmbedDialog');
const EmbedDialog = lazy(loadDialog);

type EmbedButtonProps = Omit<EmbedDialogProps, 'onClose'>;

/**
 * "Embed": opens the embed code dialog for the current state. Focus returns here when it closes.
 * Not shown in the embed itself: an embed inside an embed is not something a reader wants.
 */
export function EmbedButton(props: EmbedButtonProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  // Fetch the dialog's code as soon as the pointer or focus reaches the button.
  const preload = () => void loadDialog();
  const t = useMessages();
  const uiLang = useUiLang();
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button button--quiet"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        onPointerEnter={preload}
        onFocus={preload}
        lang={uiLang}
      >
        {t.embedButton}
      </button>
      {open && (
        <Suspense
          fallback={
            <span role="status" lang={uiLang}>
              {t.loadingEmbedCode}
            </span>
          }
        >
          <EmbedDialog {...props} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
