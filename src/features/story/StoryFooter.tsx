import type { Story } from '../../shared/schema/schema';
import { creditParts } from '../../shared/format/source';

/**
 * Names the source article under the story: its headline (linked when the story gives its
 * address), byline, publisher and date, and the licence it is reused under when it declares one.
 */
export function StoryFooter({ story }: { story: Story }) {
  const { headline, url, details } = creditParts(story);
  const license = story.source?.license;
  return (
    <footer className="page site-footer">
      <p>
        Source: the article “{url ? <a href={url}>{headline}</a> : headline}”{details}
        {license && (
          <>
            , reused under {license.url ? <a href={license.url}>{license.name}</a> : license.name}
          </>
        )}
        . Every figure links to the words that state it.
      </p>
    </footer>
  );
}
