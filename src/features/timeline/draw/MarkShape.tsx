import type { MarkShape as Shape } from '../../../shared/schema/shapes';

const PATHS: Record<Shape, string> = {
  diamond: 'M12 3 21 12 12 21 3 12Z',
  circle: 'M12 4.5a7.5 7.5 0 1 0 0 15 7.5 7.5 0 1 0 0-15Z',
  triangle: 'M12 3.5 20.5 19.5H3.5Z',
  square: 'M5 5H19V19H5Z',
  plus: 'M9.25 3.5h5.5v5.75h5.75v5.5h-5.75v5.75h-5.5v-5.75H3.5v-5.5h5.75Z',
  'triangle-down': 'M3.5 4.5H20.5L12 20.5Z',
  hexagon: 'M7.5 4h9l4.5 8-4.5 8h-9L3 12Z',
  star: 'M12 2.5l2.6 6.1 6.6.6-5 4.4 1.5 6.5L12 16.7 6.3 20.1l1.5-6.5-5-4.4 6.6-.6Z',
};

/** A lane's shape, so kinds differ by form as well as colour. Decorative: the mark carries the words. */
export function MarkShape({ shape, size = 24 }: { shape: Shape; size?: number }) {
  return (
    <svg className="mark-shape" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[shape]} />
    </svg>
  );
}
