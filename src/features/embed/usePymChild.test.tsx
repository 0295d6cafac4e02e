// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePymChild } from './usePymChild';

function Child() {
  usePymChild({ enabled: true, title: 'A story', selectedId: 'some-event', onSelect: () => {}, revealTarget: () => null });
  return null;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

describe('the embed asked to reveal its event', () => {
  it('answers even when its frame draws no frames (out of view in the news page)', async () => {
    history.replaceState(null, '', '/?embed=1&childId=story&parentUrl=https%3A%2F%2Fnews.example%2Flive');
    const sent: string[] = [];
    const parent = { postMessage: (message: string) => sent.push(message) };
    vi.stubGlobal('parent', parent);
    vi.stubGlobal('ResizeObserver', class { observe() {} disconnect() {} });
    // A frame out of view: the browser runs none of its animation frames.
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => {});
    render(<Child />);
    await vi.waitFor(() => expect(sent.some((message) => message.includes('sourceline-hello'))).toBe(true));
    act(() => {
      window.dispatchEvent(new MessageEvent('message', { data: 'pymxPYMxstoryxPYMxsourceline-revealxPYMx', origin: 'https://news.example', source: parent as unknown as Window }));
    });
    await vi.waitFor(() => expect(sent).toContain('pymxPYMxstoryxPYMxscrollToChildPosxPYMx0'), { timeout: 3000 });
  });
});
