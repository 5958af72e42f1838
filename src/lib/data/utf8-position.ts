// Where bytes stop being UTF-8, for the message that refuses them: the line and column (in characters)
// of the first byte that is not part of a UTF-8 character, and whether the file is UTF-16 instead
// (its byte-order mark says so). Pure; runs only once decoding has already failed.

export interface Utf8Failure {
  /** The file starts with a UTF-16 byte-order mark (FF FE or FE FF). */
  readonly utf16: boolean;
  readonly line: number;
  readonly column: number;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      // No overlong forms (E0 80–9F) and no surrogates (ED A0–BF).
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (next < lo || next > hi) return i;
    }
    i += length;
  }
  return -1;
}

/** Where decoding as UTF-8 fails, counted as a text editor counts (lines from 1, columns in characters from 1). */
export function describeUtf8Failure(bytes: Uint8Array): Utf8Failure {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  const offset = Math.max(0, firstInvalidUtf8(bytes));
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (before.charCodeAt(i) === 10) line++;
  return { utf16, line, column: [...before.slice(lineStart)].length + 1 };
}
