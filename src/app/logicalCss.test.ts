import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A story in a right-to-left language is laid out from the right by its page's `dir` alone: the
 * reader's pages say where things go with logical properties (`margin-inline-start`,
 * `inset-inline-end`, `text-align: start`), never left and right. The chart is the one exception:
 * its drawing is placed by x (`dir="ltr"`) whatever the page's direction, mirrored in its model
 * for a right-to-left story (`model/mirror.ts`), so its own stylesheet may place things by left and
 * right.
 */

const SRC = join(process.cwd(), 'src');
const DRAWN_LEFT_TO_RIGHT = ['features/timeline/draw/timeline.css'];
const PHYSICAL = /(?:^|[\s;{])((?:margin|padding|border)-(?:left|right)(?:-\w+)?|left|right|float|clear|text-align)\s*:\s*([^;]*)/gm;

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? cssFiles(path) : entry.name.endsWith('.css') ? [path] : [];
  });
}

/** Every declaration in `css` that places by left or right, as "property: value", comments set aside. */
function physicalDeclarations(css: string): string[] {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...code.matchAll(PHYSICAL)]
    .map(([, property = '', value = '']) => ({ property, value: value.trim() }))
    .filter(({ property, value }) => !/^(?:float|clear|text-align)$/.test(property) || /\b(?:left|right)\b/.test(value))
    .map(({ property, value }) => `${property}: ${value}`);
}

describe('the pages’ styles', () => {
  it('finds a declaration that places by left or right', () => {
    expect(physicalDeclarations('.a { left: 1rem; margin-right: 2px; text-align: left; text-align: start; inset-inline-start: 0 } /* left: 3px */')).toEqual([
      'left: 1rem',
      'margin-right: 2px',
      'text-align: left',
    ]);
  });

  it('place by start and end, not left and right, outside the chart', () => {
    const files = cssFiles(SRC).filter((path) => !path.includes(`${join('src', 'studio')}`) && !DRAWN_LEFT_TO_RIGHT.includes(relative(SRC, path)));
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((path) => physicalDeclarations(readFileSync(path, 'utf8')).map((declaration) => `${relative(SRC, path)}: ${declaration}`));
    expect(found).toEqual([]);
  });
});
