// The iframe messages: only exactly-shaped requests are read, and only exact http(s) origins are named.
import { describe, expect, it } from 'vitest';
import { utcMs } from '../model/dates.ts';
import { ID_PATTERN } from '../model/schema.ts';
import { EMBED_ID_PATTERN, exactOrigin, heightMessage, readParentMessage } from './embed-protocol.ts';

describe('readParentMessage', () => {
  it('reads a selection, and its clearing', () => {
    expect(readParentMessage({ type: 'sourceline:select', event: 'bucharest-summit' })).toEqual({ kind: 'select', event: 'bucharest-summit' });
    expect(readParentMessage({ type: 'sourceline:select', event: null })).toEqual({ kind: 'select', event: null });
    // As a structured clone or JSON.parse makes it, and with no prototype at all.
    expect(readParentMessage(structuredClone({ type: 'sourceline:select', event: 'a:b.c_d-1' }))).toEqual({ kind: 'select', event: 'a:b.c_d-1' });
    expect(readParentMessage(Object.assign(Object.create(null) as object, { type: 'sourceline:select', event: 'x' }))).toEqual({ kind: 'select', event: 'x' });
  });

  it('reads a window, its end inclusive at its precision', () => {
    expect(readParentMessage({ type: 'sourceline:window', start: '2008-04', end: '2008-04' })).toEqual({
      kind: 'window',
      window: [utcMs(2008, 4, 1), utcMs(2008, 5, 1)],
    });
    expect(readParentMessage({ type: 'sourceline:window', start: '-000490-09-01', end: '2008-04-03T10:30Z' })).toEqual({
      kind: 'window',
      window: [utcMs(-490, 9, 1), utcMs(2008, 4, 3, 10, 31)],
    });
  });

  it.each([
    ['not an object', 'sourceline:select'],
    ['null', null],
    ['an array', ['sourceline:select', 'x']],
    ['an unknown type', { type: 'sourceline:navigate', event: 'x' }],
    ['a type in another case', { type: 'Sourceline:select', event: 'x' }],
    ['a height (which only Sourceline sends)', { type: 'sourceline:height', height: 10 }],
    ['a missing id', { type: 'sourceline:select' }],
    ['an extra key', { type: 'sourceline:select', event: 'x', href: 'javascript:alert(1)' }],
    ['a number id', { type: 'sourceline:select', event: 42 }],
    ['an object id', { type: 'sourceline:select', event: { toString: () => 'x' } }],
    ['an array id', { type: 'sourceline:select', event: ['x'] }],
    ['an empty id', { type: 'sourceline:select', event: '' }],
    ['markup as the id', { type: 'sourceline:select', event: '<img src=x onerror=alert(1)>' }],
    ['a script as the id', { type: 'sourceline:select', event: '<script>window.__pwned=1</script>' }],
    ['a javascript: URL as the id', { type: 'sourceline:select', event: 'javascript:alert(1)//' }],
    ['a prototype key as the id', { type: 'sourceline:select', event: '__proto__' }],
    ['an id with spaces', { type: 'sourceline:select', event: 'a b' }],
    ['an id too long', { type: 'sourceline:select', event: 'a'.repeat(201) }],
    ['number bounds', { type: 'sourceline:window', start: 0, end: 1e12 }],
    ['NaN bounds', { type: 'sourceline:window', start: Number.NaN, end: Number.NaN }],
    ['infinite bounds', { type: 'sourceline:window', start: -Infinity, end: Infinity }],
    ['a numeric string', { type: 'sourceline:window', start: '1e308', end: '2e308' }],
    ['a year out of range', { type: 'sourceline:window', start: '2000', end: '+999999-01-01' }],
    ['a reversed window', { type: 'sourceline:window', start: '2009', end: '2008' }],
    ['a window that is not a date', { type: 'sourceline:window', start: 'yesterday', end: 'today' }],
    ['a window with one end', { type: 'sourceline:window', start: '2008' }],
    ['a window with an extra key', { type: 'sourceline:window', start: '2008', end: '2009', animate: true }],
    ['a window as a span', { type: 'sourceline:window', window: ['2008', '2009'] }],
  ])('ignores %s', (_what, data) => {
    expect(readParentMessage(data)).toBeNull();
  });

  it('ignores prototype tricks', () => {
    // Keys inherited, not own.
    expect(readParentMessage(Object.create({ type: 'sourceline:select', event: 'x' }))).toBeNull();
    // An own "__proto__" key, as JSON.parse makes it.
    expect(readParentMessage(JSON.parse('{"type":"sourceline:select","event":"x","__proto__":{"event":"y"}}'))).toBeNull();
    // An instance of some class, a Map, a Date.
    class Select {
      type = 'sourceline:select';
      event = 'x';
    }
    expect(readParentMessage(new Select())).toBeNull();
    expect(readParentMessage(new Map([['type', 'sourceline:select']]))).toBeNull();
    // A symbol key besides the two.
    expect(readParentMessage({ type: 'sourceline:select', event: 'x', [Symbol('extra')]: 1 })).toBeNull();
  });

  it('ignores getters (which could answer one thing when checked and another when used)', () => {
    let reads = 0;
    const data = {
      type: 'sourceline:select',
      get event() {
        reads += 1;
        return reads === 1 ? 'x' : '<script>';
      },
    };
    expect(readParentMessage(data)).toBeNull();
    expect(reads).toBe(0);
  });

  it('takes ids by the format’s own rule', () => {
    expect(EMBED_ID_PATTERN).toBe(ID_PATTERN);
    expect(readParentMessage({ type: 'sourceline:select', event: 'événement-1' })).toEqual({ kind: 'select', event: 'événement-1' });
    expect(readParentMessage({ type: 'sourceline:select', event: 'a'.repeat(200) })).not.toBeNull();
  });
});

describe('exactOrigin', () => {
  it.each(['https://news.example', 'http://localhost:8080', 'http://127.0.0.1:4173', 'https://xn--nxasmq6b.example'])('takes %s', (origin) => {
    expect(exactOrigin(origin)).toBe(origin);
  });

  it.each([
    null,
    undefined,
    '',
    '*',
    'null',
    '/',
    'news.example',
    'https://news.example/',
    'https://news.example/article',
    'https://news.example?x',
    'https://news.example#x',
    'https://user@news.example',
    'https://user:pw@news.example',
    'HTTPS://NEWS.EXAMPLE',
    'https://news.example:443',
    ' https://news.example',
    'javascript:alert(1)',
    'data:text/html,hi',
    'file:///etc',
    'blob:https://news.example/uuid',
    'ftp://news.example',
  ])('refuses %s', (text) => {
    expect(exactOrigin(text)).toBeNull();
  });
});

describe('heightMessage', () => {
  it('rounds up to whole pixels', () => {
    expect(heightMessage(612.2)).toEqual({ type: 'sourceline:height', height: 613 });
    expect(heightMessage(1)).toEqual({ type: 'sourceline:height', height: 1 });
  });

  it.each([0, -5, Number.NaN, Infinity, -Infinity])('sends nothing for %d', (px) => {
    expect(heightMessage(px)).toBeNull();
  });
});
