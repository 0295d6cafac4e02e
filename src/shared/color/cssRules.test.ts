import { describe, expect, it } from 'vitest';
import { declarations, declarationsFor, ruleBodies } from './cssRules';

const css = `
/* :root { --commented: #000; } */
:root {
  --bg: #fff;
  --text: #111;
}
@media (prefers-color-scheme: dark) {
  :root:not([data-theme='light']) {
    --bg: #000;
  }
}
.span { fill: var(--lane); fill-opacity: 0.8; }
.span--emphasis { fill-opacity: 1; }
.span { rx: 2; fill-opacity: 0.9 }
`;

describe('ruleBodies', () => {
  it('finds rules by their exact selector, nested in at-rules or not, and skips comments', () => {
    expect(ruleBodies(css, ':root')).toHaveLength(1);
    expect(ruleBodies(css, ":root:not([data-theme='light'])")).toHaveLength(1);
    expect(ruleBodies(css, '.span')).toHaveLength(2);
    expect(ruleBodies(css, '.missing')).toEqual([]);
  });
});

describe('declarations', () => {
  it('reads custom and plain properties', () => {
    expect(declarations(' --bg: #fff; color : var(--text) ;')).toEqual({ '--bg': '#fff', color: 'var(--text)' });
  });

  it('lets a later rule override an earlier one', () => {
    expect(declarationsFor(css, '.span')).toEqual({ fill: 'var(--lane)', 'fill-opacity': '0.9', rx: '2' });
    expect(declarationsFor(css, ':root')['--commented']).toBeUndefined();
  });
});

describe('selector lists', () => {
  it('match whatever the whitespace', () => {
    const list = `.band--tinted rect,\n.overview__picture   .band--tinted {\n  fill-opacity: 0.14;\n}`;
    expect(declarationsFor(list, '.band--tinted rect, .overview__picture .band--tinted')).toEqual({ 'fill-opacity': '0.14' });
    expect(ruleBodies(list, '.band--tinted rect')).toEqual([]);
  });
});
