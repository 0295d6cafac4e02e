// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_WIDTH, PRINT_WIDTH } from './model/metrics';
import { useContainerWidth } from './useContainerWidth';

function Probe() {
  const ref = useRef<HTMLDivElement>(null);
  const { width, measured } = useContainerWidth(ref);
  return (
    <div ref={ref}>
      {width} {measured ? 'measured' : 'default'}
    </div>
  );
}

type Callback = (entries: { contentRect: { width: number } }[]) => void;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('useContainerWidth', () => {
  it('starts at the default width, unmeasured, then takes the measured width', () => {
    let observed: Callback | undefined;
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: Callback) {
          observed = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    render(<Probe />);
    expect(screen.getByText(`${DEFAULT_WIDTH} default`)).toBeTruthy();
    act(() => observed?.([{ contentRect: { width: 342.6 } }]));
    expect(screen.getByText('343 measured')).toBeTruthy();
  });

  it('draws at the print width from beforeprint, synchronously, until afterprint', () => {
    render(<Probe />);
    // No act(): the browser lays the page out for paper as soon as beforeprint returns.
    globalThis.dispatchEvent(new Event('beforeprint'));
    expect(screen.getByText(`${PRINT_WIDTH} measured`)).toBeTruthy();
    act(() => {
      globalThis.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.getByText(`${DEFAULT_WIDTH} default`)).toBeTruthy();
  });
});
