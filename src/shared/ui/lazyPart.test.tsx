// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
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

  it('settles its preload when the chunk fails, and fetches only once', async () => {
    let calls = 0;
    const part = lazyPart<{ name: string }>(() => {
      calls += 1;
      return Promise.reject(new Error('offline'));
    });
    await expect(part.preload()).resolves.toBeUndefined();
    await part.preload();
    expect(calls).toBe(1);
  });
});
