import { useEffect, useState } from 'react';
import { listStories } from '../api/client';
import type { StorySummary } from '../api/types';
import { NewStoryForm } from './NewStoryForm';

/** The stories in seeds/, each a link to its editor, and the form that makes a new one. */
export function StoryList() {
  const [stories, setStories] = useState<StorySummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    listStories().then(setStories, (e: Error) => setError(e.message));
  }, []);
  return (
    <>
      <h1>Stories</h1>
      <section aria-labelledby="stories-heading" className="studio-panel">
        <h2 id="stories-heading">In seeds/</h2>
        {error && <p role="alert" className="studio-error">The stories could not be listed: {error}</p>}
        {!stories && !error && <p role="status">Reading seeds/…</p>}
        {stories && stories.length === 0 && <p>No story yet. Make one below.</p>}
        {stories && stories.length > 0 && (
          <ul className="studio-stories">
            {stories.map((story) => (
              <li key={story.slug}>
                <a href={`#/story/${encodeURIComponent(story.slug)}`}>{story.title ?? story.slug}</a>{' '}
                <span className="studio-muted">
                  {story.slug}
                  {story.hasAuthoring ? `, ${story.events ?? 0} event${story.events === 1 ? '' : 's'}` : ', not started'}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <NewStoryForm />
    </>
  );
}
