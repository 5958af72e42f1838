import { describe, expect, it } from 'vitest';
import { describeUtf8Failure, firstInvalidUtf8 } from './utf8-position.ts';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('firstInvalidUtf8', () => {
  it.each([
    ['plain ASCII', bytes('{"a": 1}'), -1],
    ['accents, CJK and emoji', bytes('Zoë 東京 😀'), -1],
    ['a lone continuation byte', bytes('ab', [0x80]), 2],
    ['a lead byte without its continuation', bytes('Caf', [0xc3, 0x28]), 3],
    ['0xFF', bytes('x', [0xff]), 1],
    ['an overlong slash', bytes([0xc0, 0xaf]), 0],
    ['an encoded surrogate', bytes('a', [0xed, 0xa0, 0x80]), 1],
    ['beyond U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80]), 0],
    ['cut off at the end', bytes('ok', [0xe6, 0x9d]), 2],
  ])('%s', (_, input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset);
    // TextDecoder agrees on whether the bytes are UTF-8.
    let valid = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      valid = false;
    }
    expect(valid).toBe(offset === -1);
  });
});

describe('describeUtf8Failure', () => {
  it('counts lines, and columns in characters', () => {
    expect(describeUtf8Failure(bytes('{\n  "title": "Zoë Caf', [0xc3, 0x28], '"\n}'))).toEqual({ utf16: false, line: 2, column: 20 });
  });

  it('tells UTF-16 by its byte-order mark', () => {
    expect(describeUtf8Failure(bytes([0xff, 0xfe], [0x7b, 0x00]))).toMatchObject({ utf16: true });
    expect(describeUtf8Failure(bytes([0xfe, 0xff], [0x00, 0x7b]))).toMatchObject({ utf16: true });
  });
});
