import { useEffect, useState } from 'react';
import { StoryEditor } from './editor/StoryEditor';
import { StoryList } from './stories/StoryList';

/** The screen the address asks for: `#/` the stories, `#/story/<name>` one story. */
function screenOf(hash: string): { slug: string | null } {
  const m = /^#\/story\/([^/?#]+)/.exec(hash);
  return { slug: m?.[1] ? decodeURIComponent(m[1]) : null };
}

/**
 * The authoring studio's shell: the list of stories, or one story's editor, by the address's hash
 * (so a reload, Back and a bookmark keep the place).
 */
export function StudioApp() {
  const [screen, setScreen] = useState(() => screenOf(location.hash));
  useEffect(() => {
    const onHash = () => setScreen(screenOf(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = screen.slug ? `${screen.slug} · Sourceline studio` : 'Sourceline studio';
  }, [screen.slug]);
  return (
    <>
      <a className="studio-skip" href="#studio-main">
        Skip to the studio
      </a>
      <header className="studio-header">
        <p className="studio-header__name">
          <a href="#/">Sourceline studio</a>
        </p>
        <p className="studio-header__note">Makes a verified timeline from an article. Saves into seeds/ on this computer.</p>
      </header>
      <main id="studio-main" className="studio-main" tabIndex={-1}>
        {screen.slug ? <StoryEditor key={screen.slug} slug={screen.slug} /> : <StoryList />}
      </main>
    </>
  );
}
