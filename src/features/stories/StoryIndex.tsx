import './stories.css';
import type { StoryIndexEntry } from '../../shared/schema/stories';
import { formatDate, formatDateRange } from '../../shared/time/calendar';
import { textDirection } from '../../shared/text/language';
import { useMessages } from '../../shared/ui/storyLanguage';
import { withNodes } from '../../shared/ui/withNodes';
import { englishLater } from '../../shared/i18n/later/english';

/** The index's own words: the site's language, English, whatever its stories' languages. */
const site = englishLater;

/**
 * The attributes that mark words in the story's own language (its title, headline, key figure)
 * within the index's English: read in that language and, set apart, in its direction.
 */
const inLanguage = (story: StoryIndexEntry) => (story.lang ? { lang: story.lang, dir: textDirection(story.lang) } : {});

interface StoryIndexProps {
  stories: readonly StoryIndexEntry[];
}

/**
 * The site's root when it holds several stories: each story's title as a link to its timeline,
 * the article it is made from, the days it covers, how many events it has and its key figure.
 * Static: it needs no script, and the build prerenders it.
 */
export function StoryIndex({ stories }: StoryIndexProps) {
  // The index is the site's, not a story's: its own words are in the site's language (English).
  const t = useMessages();
  return (
    <>
      <header className="story-header page">
        <div className="story-header__top">
          <p className="story-header__brand">{t.brand}</p>
        </div>
        <h1>{site.indexHeading}</h1>
        <p className="stories__intro">{site.indexIntro}</p>
      </header>
      <main className="page stories" id="main">
        <h2 className="visually-hidden">
          {site.indexCount({ count: stories.length })}
        </h2>
        <ul className="stories__list">
          {stories.map((story) => (
            <li key={story.slug} className="story-card">
              <h3 className="story-card__title">
                {/* The index is the site's root: a story's folder, relative, is its link under any host and sub-path. */}
                <a href={story.path} {...inLanguage(story)}>
                  {story.title}
                </a>
              </h3>
              <p className="story-card__span">
                <time dateTime={story.firstDay}>{formatDateRange(story.firstDay, story.lastDay)}</time>
                {site.indexEvents({ count: story.events })}
              </p>
              {story.keyFigure && (
                <p className="story-card__figure">
                  <span className="story-card__value" {...inLanguage(story)}>
                    {story.keyFigure.text}
                  </span>
                  <span className="story-card__event">
                    {' — '}
                    <span {...inLanguage(story)}>{story.keyFigure.event}</span>
                  </span>
                </p>
              )}
              <p className="story-card__source">
                {/* The title is often the article's own headline: it is said once. */}
                {site.indexFrom}
                {story.headline !== story.title && (
                  <>
                    {' '}
                    {withNodes(t.quoted, {}, { text: <span {...inLanguage(story)}>{story.headline}</span> })}
                  </>
                )}
                {story.publisher ? `, ${story.publisher}` : ''}
                {story.date && (
                  <>
                    {', '}
                    <time dateTime={story.date}>{formatDate(story.date, { timeZone: story.timeZone, timeZoneName: story.timeZoneName })}</time>
                    {story.dateBasis === 'inferred' && t.dateInferredSuffix}
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      </main>
      <footer className="page site-footer">
        <p>{site.indexFooter}</p>
      </footer>
    </>
  );
}
