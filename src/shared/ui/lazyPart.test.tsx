// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPart } from './lazyPart';

afterEach(cleanup);

const Hello = ({ name }: { name: string }) => <p>Hello, {name}</p>;

describe('a part in a chunk of its own', () => {
  it('suspends while its chunk comes, then draws', async () => {
    let arrive: (component: typeof Hello) => void = () => {};
    const part = lazyPart(() => new Promise<typeof Hello>((resolve) => (arrive = resolve)));
    render(
      <Suspense fallback={<p>waiting</p>}>
        <part.Component name="reader" />
      </Suspense>,
    );
    expect(screen.getByText('waiting')).toBeTruthy();
    await act(() => {
      arrive(Hello);
      return Promise.resolve();
    });
    expect(screen.getByText('Hello, reader')).toBeTruthy();
  });

  it('draws in the first frame once preloaded: no fallback in between', async () => {
    const part = lazyPart(() => Promise.resolve(Hello));
    await part.preload();
    render(
      <Suspense fallback={<p>waiting</p>}>
        <part.Component name="reader" />
      </Suspense>,
    );
    // Synchronously, in the render's own commit.
    expect(screen.queryByText('waiting')).toBeNull();
    expect(screen.getByText('Hello, reader')).toBeTruthy();
  });

  it('draws its stand-in when the chunk fails, and nothing by default: the page around it stays', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let calls = 0;
    const offline = () => {
      calls += 1;
      return Promise.reject(new Error('offline'));
    };
    const silent = lazyPart<{ name: string }>(offline);
    const spoken = lazyPart<{ name: string }>(offline, ({ name }) => <p>No card for {name}</p>);
    render(
      <div>
        <p>The page</p>
        <Suspense fallback={null}>
          <silent.Component name="reader" />
          <spoken.Component name="reader" />
        </Suspense>
      </div>,
    );
    expect(await screen.findByText('No card for reader')).toBeTruthy();
    expect(screen.getByText('The page')).toBeTruthy();
    await expect(silent.preload()).resolves.toBeUndefined();
    // Each part asked once, and said why in the console.
    expect(calls).toBe(2);
    expect(error).toHaveBeenCalledWith('Sourceline: a part of the page could not be loaded.', expect.any(Error));
  });
});
