import type { Story } from '../data/schema';

/** Names the source article under the story. */
export function StoryFooter({ story }: { story: Story }) {
  return (
    <footer className="page site-footer">
      <p>
        Source: the article “{story.title}” (<code>{story.seed}</code>). Every figure links to the words that state it.
      </p>
    </footer>
  );
}
