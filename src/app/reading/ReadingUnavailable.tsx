import { useMessages, useUiLang } from '../../shared/ui/storyLanguage';

/** A region below the chart whose code could not come, on a page drawn in the browser: said, not left blank. */
export function ReadingUnavailable() {
  const t = useMessages();
  return (
    <p className="region-pending" role="status" lang={useUiLang()}>
      {t.partUnavailable}
    </p>
  );
}
