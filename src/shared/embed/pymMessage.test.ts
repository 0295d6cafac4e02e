import { describe, expect, it } from 'vitest';
import { formatPymMessage, isPymId, parsePixels, parsePymMessage } from './pymMessage';

describe('pym.js message framing', () => {
  it('frames a message exactly as pym.js does', () => {
    expect(formatPymMessage('story-embed', 'height', '812')).toBe('pymxPYMxstory-embedxPYMxheightxPYMx812');
    expect(formatPymMessage('a', 'sourceline-select', '')).toBe('pymxPYMxaxPYMxsourceline-selectxPYMx');
  });

  it('reads back what it frames, for its own child id only', () => {
    const text = formatPymMessage('one', 'width', '640');
    expect(parsePymMessage(text, 'one')).toEqual({ type: 'width', message: '640' });
    expect(parsePymMessage(text, 'two')).toBeNull();
    // A child id that is a prefix of another must not read the other's messages.
    expect(parsePymMessage(formatPymMessage('one-2', 'width', '640'), 'one')).toBeNull();
  });

  it('reads JSON payloads, which hold spaces and punctuation', () => {
    const payload = JSON.stringify({ url: 'https://news.example/a?b=c#d', key: 'sourceline' });
    expect(parsePymMessage(formatPymMessage('x', 'sourceline-host', payload), 'x')).toEqual({ type: 'sourceline-host', message: payload });
  });

  it('refuses what is not a message in pym’s shape', () => {
    for (const data of [
      null,
      42,
      { type: 'height' },
      'pymxPYMxidxPYMxheight',
      'pymxPYMxidxPYMxxPYMx12',
      'pymxPYMxidxPYMxhei ghtxPYMx12',
      'pymxPYMxidxPYMxheightxPYMx12xPYMx13',
      'pymxPYMxidxPYMxheightxPYMx12\n',
      'PYMxPYMxidxPYMxheightxPYMx12',
      `pymxPYMxidxPYMxheightxPYMx${'9'.repeat(5000)}`,
    ]) {
      expect(parsePymMessage(data, 'id')).toBeNull();
    }
  });

  it('refuses to frame an ambiguous message', () => {
    expect(() => formatPymMessage('has space', 'height', '1')).toThrow(RangeError);
    expect(() => formatPymMessage('id', 'two words', '1')).toThrow(RangeError);
    expect(() => formatPymMessage('id', 'height', 'axPYMxb')).toThrow(RangeError);
    expect(() => formatPymMessage('id', 'height', 'a\nb')).toThrow(RangeError);
    expect(isPymId('')).toBe(false);
    expect(isPymId('x'.repeat(201))).toBe(false);
  });
});

describe('pixel values', () => {
  it('reads whole and fractional pixels, with or without a unit, rounding up', () => {
    expect(parsePixels('812')).toBe(812);
    expect(parsePixels('812px')).toBe(812);
    expect(parsePixels('811.2')).toBe(812);
    expect(parsePixels('0')).toBe(0);
  });

  it('refuses anything else, and absurd sizes', () => {
    for (const text of ['', '-5', '1e9', 'NaN', '12 px', '100001', 'Infinity', '0x20']) expect(parsePixels(text)).toBeNull();
  });
});
