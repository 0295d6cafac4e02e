import './story.css';
import type { ReactNode } from 'react';
import type { Story } from '../../shared/schema/schema';
import { formatDate, storyZoneText } from '../../shared/time/calendar';
import { InferredBadge } from '../../shared/ui/InferredBadge';
import { otherHeadlines } from './headlines';
import { UiWords, useMessages, useStoryDirection, useUiLang } from '../../shared/ui/storyLanguage';

interface StoryHeaderProps {
  story: Story;
  /** Actions on the whole story (the embed code), on the brand's line. */
  actions?: ReactNode;
  /** The index of every story on the site, when the story is one of several. */
  indexHref?: string | undefined;
}

/** The story's title, its headlines as the article prints them, and its (inferred) date. */
export function StoryHeader({ story, actions, indexHref }: StoryHeaderProps) {
  const dir = useStoryDirection();
  const t = useMessages();
  const uiLang = useUiLang();
  // The title is the first headline; the article may print it again, and saying it twice says nothing.
  const others = otherHeadlines(story.title, story.headlines);
  const zone = storyZoneText(story);
  return (
    <header className="story-header page">
      <div className="story-header__top">
        <p className="story-header__brand">
          {t.brand}
          {indexHref && (
            <>
              {' · '}
              <a href={indexHref} lang={uiLang}>
                {t.allTimelines}
              </a>
            </>
          )}
        </p>
        {actions && <div className="story-header__actions">{actions}</div>}
      </div>
      <h1>{story.title}</h1>
      {others.length > 0 && (
        <div className="story-header__headlines">
          <h2 className="visually-hidden" lang={uiLang}>
            {t.otherHeadlines}
          </h2>
          <ul>
            {others.map((headline, index) => (
              <li key={index}>{headline}</li>
            ))}
          </ul>
        </div>
      )}
      {story.date && (
        <p className="story-header__date">
          <UiWords>{t.articleDate}</UiWords> <time dateTime={story.date} dir={dir}>{formatDate(story.date, story)}</time>
          {story.dateBasis === 'inferred' && <InferredBadge note={story.dateNote ?? ''} />}
        </p>
      )}
      {zone && (
        <p className="story-header__zone" lang={uiLang}>
          {t.timesOfDay({ zone })}
        </p>
      )}
    </header>
  );
}
