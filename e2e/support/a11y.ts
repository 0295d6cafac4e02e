import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { contrastRatio, composite, isLargeText, parseColor, withOpacity, type Rgba } from '../../src/shared/color/contrast';

/**
 * Accessibility checks for one page in one state, each returning what is wrong (an empty list when
 * nothing is): axe-core's WCAG 2.2 A and AA rules, the colours axe could not judge, sideways
 * scrolling, touch targets, and where keyboard focus is.
 */

/** The axe-core rule sets the matrix runs: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * What axe found, as lines naming each rule and the elements that fail it. `exclude` names parts
 * of the page that no one sees as text (the studio's highlights behind its article).
 */
export async function axeProblems(page: Page, exclude: readonly string[] = []): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const problems = results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `axe ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} at ${node.target.join(' ')}`),
  );
  // Axe leaves text over overlapping or translucent layers "incomplete": judge those colours here.
  const unsure = results.incomplete.filter((item) => item.id === 'color-contrast').flatMap((item) => item.nodes.map((node) => node.target.join(' ')));
  return [...problems, ...(await contrastProblems(page, unsure))];
}

interface Paint {
  selector: string;
  text: string;
  color: string;
  opacity: number;
  backgrounds: string[];
  fontSize: number;
  fontWeight: number;
}

/**
 * Checks the contrast of elements axe could not decide on: the text colour (an SVG text's fill),
 * faded by every ancestor's opacity, over the backgrounds of the element and its ancestors painted
 * from the root up. Backgrounds of elements that are not ancestors (a stripe under a label) are
 * not seen here; the theme's and the chart's colour tests cover those pairs.
 */
export async function contrastProblems(page: Page, selectors: readonly string[]): Promise<string[]> {
  const paints = await page.evaluate((targets) => {
    const out: Paint[] = [];
    for (const selector of targets) {
      const element = document.querySelector(selector);
      if (!element) continue;
      const style = getComputedStyle(element);
      const svgText = element instanceof SVGElement;
      let opacity = 1;
      const backgrounds: string[] = [];
      for (let node: Element | null = element; node; node = node.parentElement) {
        const s = getComputedStyle(node);
        opacity *= Number(s.opacity);
        if (!(node instanceof SVGElement) || node instanceof SVGSVGElement) backgrounds.push(s.backgroundColor);
      }
      out.push({
        selector,
        text: (element.textContent ?? '').trim().slice(0, 40),
        color: svgText ? style.fill : style.color,
        opacity: opacity * (svgText ? Number(style.fillOpacity) : 1),
        backgrounds,
        fontSize: parseFloat(style.fontSize),
        fontWeight: Number(style.fontWeight),
      });
    }
    return out;
  }, selectors);
  const problems: string[] = [];
  for (const paint of paints) {
    const fg = parseColor(paint.color);
    const layers = paint.backgrounds.map(parseColor);
    if (!fg || layers.some((layer) => layer === null)) {
      problems.push(`contrast: cannot read the colours of ${paint.selector} (${paint.color} on ${paint.backgrounds.join(', ')})`);
      continue;
    }
    // Paint the backgrounds from the root down, on the white of an empty canvas.
    const ground = (layers as Rgba[]).reduceRight<Rgba>((under, layer) => composite(layer, under), { r: 255, g: 255, b: 255, a: 1 });
    const ratio = contrastRatio(withOpacity(fg, paint.opacity), ground);
    const needed = isLargeText(paint.fontSize, paint.fontWeight) ? 3 : 4.5;
    if (ratio < needed) problems.push(`contrast ${ratio.toFixed(2)}:1 (needs ${needed}:1) for “${paint.text}” at ${paint.selector}`);
  }
  return problems;
}

/** How far the page scrolls sideways, in CSS pixels (0 when it does not). */
export async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Every control smaller than 24 × 24 CSS pixels (WCAG 2.5.8), except text links and other
 * controls inline in a sentence, whose size the line of text sets (the criterion's exception).
 * Controls not rendered (folded away, hidden) are not targets.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="slider"], [tabindex]:not([tabindex="-1"])';
    const PROSE = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dd, td';
    const name = (element: Element) => {
      const label = element.getAttribute('aria-label') ?? element.textContent ?? '';
      return `<${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? ` class="${element.className}"` : ''}> “${label.trim().replace(/\s+/g, ' ').slice(0, 50)}”`;
    };
    const small: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(CONTROLS))) {
      if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const display = getComputedStyle(element).display;
      if (display === 'inline') {
        // Inline in a sentence: the paragraph (or item) holds more text than the control.
        const block = element.parentElement?.closest(PROSE);
        if (block && (block.textContent ?? '').trim().length > (element.textContent ?? '').trim().length) continue;
      }
      if (box.width < 23.5 || box.height < 23.5) small.push(`target ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px: ${name(element)}`);
    }
    return small;
  });
}

/** Where keyboard focus is, and whether it shows: an outline at least 2 px wide in the theme's focus colour. */
export interface FocusState {
  /** A short description of the focused element. */
  element: string;
  onBody: boolean;
  /** The outline drawn around it, as computed. */
  outline: string;
  visible: boolean;
}

/** The focused element and its focus indicator. */
export async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return { element: 'body', onBody: true, outline: 'none', visible: false };
    const style = getComputedStyle(element);
    const focusColour = getComputedStyle(document.documentElement).getPropertyValue('--focus').trim();
    const probe = document.createElement('span');
    probe.style.color = focusColour;
    document.body.append(probe);
    const focusRgb = getComputedStyle(probe).color;
    probe.remove();
    const box = element.getBoundingClientRect();
    const shown = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && style.outlineColor === focusRgb;
    const label = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
    return {
      element: `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> “${label}”`,
      onBody: false,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      visible: shown && outlined,
    };
  });
}

/** The text of every live region in the page (status, alert, log, aria-live), in document order. */
export async function liveRegionTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"], output')).map((region) =>
      (region.textContent ?? '').trim().replace(/\s+/g, ' '),
    ),
  );
}
