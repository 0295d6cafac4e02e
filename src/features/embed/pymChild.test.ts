import { describe, expect, it } from 'vitest';
import { createPymChild, readParentMessage, readPymParams, type PymParams } from './pymChild';

const parent = { name: 'the parent window' };
const params: PymParams = { childId: 'story', initialWidth: 640, parentUrl: 'https://news.example/a/story.html', parentOrigin: 'https://news.example' };
const from = (data: unknown, overrides: Partial<{ origin: string; source: unknown }> = {}) => ({ origin: 'https://news.example', source: parent, data, ...overrides });

describe('pym’s query parameters', () => {
  it('reads what pym.js’s Parent adds', () => {
    const search = '?event=x&initialWidth=640&childId=story&parentTitle=News&parentUrl=https%3A%2F%2Fnews.example%2Fa%2Fstory.html%3Fp%3D1%23top';
    expect(readPymParams(search)).toEqual({
      childId: 'story',
      initialWidth: 640,
      parentUrl: 'https://news.example/a/story.html?p=1#top',
      parentOrigin: 'https://news.example',
    });
  });

  it('is not a pym child without a child id or a web page to talk to', () => {
    expect(readPymParams('?embed=1')).toBeNull();
    expect(readPymParams('?childId=story')).toBeNull();
    expect(readPymParams('?childId=story&parentUrl=not%20a%20url')).toBeNull();
    expect(readPymParams('?childId=story&parentUrl=javascript%3Aalert(1)')).toBeNull();
    expect(readPymParams('?childId=two%20words&parentUrl=https%3A%2F%2Fa.example%2F')).toBeNull();
  });

  it('does without a usable initial width', () => {
    expect(readPymParams('?childId=s&parentUrl=http%3A%2F%2F127.0.0.1%3A4324%2F&initialWidth=wide')?.initialWidth).toBeNull();
    expect(readPymParams('?childId=s&parentUrl=http%3A%2F%2F127.0.0.1%3A4324%2F')?.parentOrigin).toBe('http://127.0.0.1:4324');
  });
});

describe('messages from the parent', () => {
  it('reads each request it takes', () => {
    expect(readParentMessage(from('pymxPYMxstoryxPYMxwidthxPYMx320'), params, parent)).toEqual({ type: 'width', width: 320 });
    expect(readParentMessage(from('pymxPYMxstoryxPYMxsourceline-selectxPYMxtruce-extension'), params, parent)).toEqual({ type: 'select', eventId: 'truce-extension' });
    expect(readParentMessage(from('pymxPYMxstoryxPYMxsourceline-selectxPYMx'), params, parent)).toEqual({ type: 'select', eventId: null });
    expect(readParentMessage(from('pymxPYMxstoryxPYMxsourceline-revealxPYMx'), params, parent)).toEqual({ type: 'reveal' });
    const host = JSON.stringify({ url: 'https://news.example/a/story.html', key: 'sourceline' });
    expect(readParentMessage(from(`pymxPYMxstoryxPYMxsourceline-hostxPYMx${host}`), params, parent)).toEqual({
      type: 'host',
      host: { url: 'https://news.example/a/story.html', key: 'sourceline' },
    });
  });

  it('ignores other origins and other windows, even with a well-formed message', () => {
    const message = 'pymxPYMxstoryxPYMxsourceline-selectxPYMxa';
    expect(readParentMessage(from(message, { origin: 'https://evil.example' }), params, parent)).toBeNull();
    expect(readParentMessage(from(message, { origin: 'null' }), params, parent)).toBeNull();
    expect(readParentMessage(from(message, { source: { name: 'another frame' } }), params, parent)).toBeNull();
  });

  it('ignores other children’s messages, unknown types and bad payloads', () => {
    for (const data of [
      'pymxPYMxotherxPYMxwidthxPYMx320',
      'pymxPYMxstoryxPYMxnavigateToxPYMxhttps://evil.example/',
      'pymxPYMxstoryxPYMxwidthxPYMxwide',
      'pymxPYMxstoryxPYMxsourceline-selectxPYMx../../etc',
      'pymxPYMxstoryxPYMxsourceline-hostxPYMx{"url":"javascript:x","key":"sourceline"}',
      'pymxPYMxstoryxPYMxsourceline-revealxPYMxnow',
      { type: 'width', width: 320 },
    ]) {
      expect(readParentMessage(from(data), params, parent)).toBeNull();
    }
  });
});

describe('what the child says', () => {
  function child(heights: number[]) {
    const sent: string[] = [];
    let at = 0;
    const pym = createPymChild(params, (m) => sent.push(m), () => heights[Math.min(at++, heights.length - 1)] ?? 0);
    return { pym, sent };
  }

  it('sends its height, rounded up, only when it changes', () => {
    const { pym, sent } = child([811.2, 811.9, 900]);
    pym.sendHeight();
    pym.sendHeight();
    pym.sendHeight();
    expect(sent).toEqual(['pymxPYMxstoryxPYMxheightxPYMx812', 'pymxPYMxstoryxPYMxheightxPYMx900']);
  });

  it('answers a width message with its height, even an unchanged one', () => {
    const { pym, sent } = child([500]);
    pym.sendHeight();
    expect(pym.receive(from('pymxPYMxstoryxPYMxwidthxPYMx320'), parent)).toEqual({ type: 'width', width: 320 });
    expect(sent).toEqual(['pymxPYMxstoryxPYMxheightxPYMx500', 'pymxPYMxstoryxPYMxheightxPYMx500']);
  });

  it('does not answer a message it refuses', () => {
    const { pym, sent } = child([500]);
    expect(pym.receive(from('pymxPYMxstoryxPYMxwidthxPYMx320', { origin: 'https://evil.example' }), parent)).toBeNull();
    expect(sent).toEqual([]);
  });

  it('says hello, selections and where to scroll in pym’s framing', () => {
    const { pym, sent } = child([0]);
    pym.hello('Gaza truce');
    pym.select('initial-truce');
    pym.select(null);
    pym.scrollTo(-4);
    pym.scrollTo(123.6);
    expect(sent).toEqual([
      'pymxPYMxstoryxPYMxsourceline-helloxPYMx{"title":"Gaza truce"}',
      'pymxPYMxstoryxPYMxsourceline-selectxPYMxinitial-truce',
      'pymxPYMxstoryxPYMxsourceline-selectxPYMx',
      'pymxPYMxstoryxPYMxscrollToChildPosxPYMx0',
      'pymxPYMxstoryxPYMxscrollToChildPosxPYMx124',
    ]);
  });
});
