import { useEffect, useState } from 'react';

/**
 * Whether the page's first frame has been painted: false in the server's render and the first
 * client render, true from the frame after. For what may wait for the first paint but should not
 * wait for the reader (see `wholeLayout` in FullLayout).
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setPainted(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return painted;
}
