import type { Story } from '../../shared/schema/schema';
import { creditParts } from '../../shared/format/source';
import { OwnWords, useUiLang } from '../../shared/ui/storyLanguage';
import { useFullMessages } from '../../shared/ui/useFullMessages';

/**
 * Names the source article under the story: its headline (linked when the story gives its
 * address), byline, publisher and date, and the licence it is reused under when it declares one.
 */
export function StoryFooter({ story }: { story: Story }) {
  const { headline, url, details } = creditParts(story);
  const license = story.source?.license;
  const t = useFullMessages();
  return (
    <footer className="page site-footer">
      <p lang={useUiLang()}>
        {t.footerSource}
        {url ? (
          <a href={url}>
            <OwnWords>{headline}</OwnWords>
          </a>
        ) : (
          <OwnWords>{headline}</OwnWords>
        )}
        {t.footerSourceEnd}
        {details}
        {license && (
          <>
            {t.footerLicense}
            {license.url ? <a href={license.url}>{license.name}</a> : license.name}
          </>
        )}
        {t.footerEnd}
      </p>
    </footer>
  );
}
