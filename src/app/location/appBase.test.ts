import { describe, expect, it } from 'vitest';
import { storyBaseUrl } from './appBase';

const site = new URL('https://graphics.example/news/sourceline/');

describe('the story’s own folder', () => {
  it('is what a prerendered page says, from the site’s root', () => {
    expect(storyBaseUrl('gaza-truce/', site, 'https://graphics.example/news/sourceline/gaza-truce/events/x/?embed=1').href).toBe('https://graphics.example/news/sourceline/gaza-truce/');
    // A site of one story: the story is the root.
    expect(storyBaseUrl('', site, 'https://graphics.example/news/sourceline/events/x/').href).toBe(site.href);
  });

  it('is read from the address on a page that does not say (the dev server): its folder, without events/<id>/', () => {
    expect(storyBaseUrl(null, site, 'https://graphics.example/news/sourceline/nigeria-election-2023/events/protests/?view=a#b').href).toBe('https://graphics.example/news/sourceline/nigeria-election-2023/');
    expect(storyBaseUrl(null, site, 'https://graphics.example/news/sourceline/nigeria-election-2023/?event=protests').href).toBe('https://graphics.example/news/sourceline/nigeria-election-2023/');
    expect(storyBaseUrl(null, site, 'https://graphics.example/news/sourceline/?embed=1').href).toBe(site.href);
  });

  it('never leaves the site', () => {
    expect(storyBaseUrl(null, site, 'https://graphics.example/elsewhere/page/').href).toBe(site.href);
  });
});
