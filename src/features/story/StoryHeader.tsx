import type { Story } from '../data/schema';
import { formatDate } from '../../shared/time/calendar';
import { InferredBadge } from '../events/InferredBadge';

/** The story's title, its headlines as the article prints them, and its (inferred) date. */
export function StoryHeader({ story }: { story: Story }) {
  const otherHeadlines = story.headlines.slice(1);
  return (
    <header className="story-header page">
      <p className="story-header__brand">Sourceline</p>
      <h1>{story.title}</h1>
      {otherHeadlines.length > 0 && (
        <div className="story-header__headlines">
          <h2 className="visually-hidden">The article's other headlines</h2>
          <ul>
            {otherHeadlines.map((headline, index) => (
              <li key={index}>{headline}</li>
            ))}
          </ul>
        </div>
      )}
      {story.date && (
        <p className="story-header__date">
          Article date: <time dateTime={story.date}>{formatDate(story.date)}</time>
          {story.dateBasis === 'inferred' && <InferredBadge note={story.dateNote ?? ''} />}
        </p>
      )}
    </header>
  );
}
