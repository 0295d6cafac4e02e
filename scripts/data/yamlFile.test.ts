import { describe, expect, it } from 'vitest';
import { readYaml } from './yamlFile';

describe('reading an authoring file', () => {
  it('reads YAML into plain data, dates left as text', () => {
    expect(readYaml('seed: a.txt\nstory:\n  date: 2018-07-10\n', 'x.yaml')).toEqual({ ok: true, data: { seed: 'a.txt', story: { date: '2018-07-10' } } });
  });

  it('names the file, line and column of a syntax error, in one line', () => {
    const read = readYaml('seed: a.txt\nstory:\n  title: "unclosed\nevents: []\n', 'seeds/x.events.yaml');
    expect(read).toEqual({ ok: false, messages: ['seeds/x.events.yaml:5:1: Missing closing "quote'] });
    const tab = readYaml('seed: a.txt\nstory:\n\ttitle: x\n', 'seeds/x.events.yaml');
    expect(tab).toEqual({ ok: false, messages: ['seeds/x.events.yaml:3:1: Tabs are not allowed as indentation'] });
  });

  it('refuses a key given twice instead of keeping the last', () => {
    expect(readYaml('seed: a.txt\nseed: b.txt\n', 'f.yaml')).toEqual({ ok: false, messages: ['f.yaml:2:1: Map keys must be unique'] });
  });

  it('refuses an alias bomb with a message, not a stack trace', () => {
    const level = (name: string, of: string) => `${name}: &${name} [${Array(10).fill(`*${of}`).join(',')}]`;
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x,x]', level('b', 'a'), level('c', 'b'), level('d', 'c'), level('e', 'd'), level('f', 'e')].join('\n');
    const read = readYaml(bomb, 'bomb.yaml');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.messages).toEqual(['bomb.yaml: its aliases (*name) expand to more than 100 copies, which could exhaust memory; write the values out instead']);
  });

  it('still allows a few aliases', () => {
    expect(readYaml('a: &q "same words"\nb: *q\n', 'f.yaml')).toEqual({ ok: true, data: { a: 'same words', b: 'same words' } });
  });
});
