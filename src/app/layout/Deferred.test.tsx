// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { Deferred } from './Deferred';

afterEach(cleanup);

describe('a deferred region', () => {
  it('renders at once, on the server too, for a small story', () => {
    const html = renderToString(
      <Deferred defer={false} placeholder={<p>waiting</p>}>
        <p>the list</p>
      </Deferred>,
    );
    expect(html).toContain('the list');
    expect(html).not.toContain('waiting');
  });

  it('shows its placeholder first for a large story, then its content', async () => {
    const renders: string[] = [];
    function Placeholder() {
      renders.push('placeholder');
      return <p>waiting</p>;
    }
    function Content() {
      renders.push('content');
      return <p>the list</p>;
    }
    render(
      <Deferred defer placeholder={<Placeholder />}>
        <Content />
      </Deferred>,
    );
    expect(await screen.findByText('the list')).not.toBeNull();
    expect(screen.queryByText('waiting')).toBeNull();
    // The first pass drew the placeholder; the content came in a later, background pass.
    expect(renders[0]).toBe('placeholder');
    expect(renders.at(-1)).toBe('content');
  });

  it('never shows a placeholder when there is nothing to defer', () => {
    const renders: string[] = [];
    function Placeholder() {
      renders.push('placeholder');
      return null;
    }
    render(
      <Deferred defer={false} placeholder={<Placeholder />}>
        <p>the list</p>
      </Deferred>,
    );
    expect(screen.getByText('the list')).not.toBeNull();
    expect(renders).toEqual([]);
  });
});
