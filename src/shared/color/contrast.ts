/**
 * WCAG 2.2 contrast as plain math on sRGB colours, so the theme's pairs (and colours read from a
 * rendered page) can be checked in tests: text needs 4.5:1 (3:1 when large), and marks, bands'
 * edges and focus rings 3:1 against what they sit on.
 */

/** A colour in sRGB, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const clampByte = (value: number) => Math.max(0, Math.min(255, value));

function fromHex(hex: string): Rgba | null {
  const digits = hex.length <= 4 ? [...hex].map((d) => d + d).join('') : hex;
  if (!/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(digits)) return null;
  const byte = (at: number) => parseInt(digits.slice(at, at + 2), 16);
  return { r: byte(0), g: byte(2), b: byte(4), a: digits.length === 8 ? byte(6) / 255 : 1 };
}

/** A channel written as `12`, `12.5` or `50%` (of 255, or of 1 for alpha). */
function channel(text: string, scale: number): number {
  return text.endsWith('%') ? (parseFloat(text) / 100) * scale : parseFloat(text);
}

/**
 * Reads a CSS colour as browsers compute them and as the theme writes them: `#rgb`, `#rrggbb`,
 * `#rrggbbaa`, `rgb()`/`rgba()` (comma or space syntax), `color(srgb r g b / a)` (what
 * `color-mix()` computes to) and `transparent`. Anything else gives null.
 */
export function parseColor(text: string): Rgba | null {
  const value = text.trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  if (value.startsWith('#')) return fromHex(value.slice(1));
  const fn = /^(rgba?|color)\((.*)\)$/.exec(value);
  if (!fn) return null;
  const [, name, body = ''] = fn;
  const [channelsText = '', alphaText] = body.includes('/') ? body.split('/') : [body, undefined];
  let parts = channelsText.split(/[\s,]+/).filter(Boolean);
  let alpha = alphaText?.trim();
  if (name === 'color') {
    if (parts[0] !== 'srgb') return null;
    parts = parts.slice(1).map((p) => String(channel(p, 1) * 255));
  } else if (parts.length === 4 && alpha === undefined) {
    alpha = parts[3];
    parts = parts.slice(0, 3);
  }
  if (parts.length !== 3) return null;
  const [r = NaN, g = NaN, b = NaN] = parts.map((p) => clampByte(channel(p, 255)));
  const a = alpha === undefined ? 1 : Math.max(0, Math.min(1, channel(alpha, 1)));
  return [r, g, b, a].some(Number.isNaN) ? null : { r, g, b, a };
}

/** `top` painted over `bottom` (source-over); the result is opaque when `bottom` is. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const blend = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: blend(top.r, bottom.r), g: blend(top.g, bottom.g), b: blend(top.b, bottom.b), a };
}

/** `color-mix(in srgb, a weight, b)` for opaque colours: `weight` (0–1) of `a`, the rest `b`. */
export function mix(a: Rgba, b: Rgba, weight: number): Rgba {
  const at = (x: number, y: number) => x * weight + y * (1 - weight);
  return { r: at(a.r, b.r), g: at(a.g, b.g), b: at(a.b, b.b), a: at(a.a, b.a) };
}

/** The colour with its alpha multiplied by `opacity` (an SVG `fill-opacity`, say). */
export function withOpacity(color: Rgba, opacity: number): Rgba {
  return { ...color, a: color.a * opacity };
}

function linear(byte: number): number {
  const c = byte / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of an opaque colour. */
export function relativeLuminance(color: Rgba): number {
  return 0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b);
}

/**
 * The WCAG contrast ratio (1 to 21) of `foreground` on `background`. A translucent foreground is
 * first painted over the background; the background must be opaque (composite it first).
 */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const fg = foreground.a < 1 ? composite(foreground, background) : foreground;
  const [light, dark] = [relativeLuminance(fg), relativeLuminance(background)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Large text (24 px, or 18.66 px bold) needs only 3:1 (WCAG 1.4.3). */
export function isLargeText(fontSizePx: number, fontWeight: number): boolean {
  return fontSizePx >= 24 || (fontSizePx >= 18.66 && fontWeight >= 700);
}
