// Tells a columnar file (Apache Parquet, Arrow IPC) from text by its first bytes, before any decoding:
// small, so the parse worker carries it for every file and loads the readers (columnar-input.ts) only
// for such a file. Pure.
export type ColumnarKind = 'parquet' | 'arrow';

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) => bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
const PAR1 = [0x50, 0x41, 0x52, 0x31];
const ARROW1 = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31];
/** An Arrow IPC stream's first message starts with a continuation marker (bytes no UTF-8 text holds). */
const CONTINUATION = [0xff, 0xff, 0xff, 0xff];

/** Parquet ("PAR1"), an Arrow IPC file ("ARROW1") or stream, or neither (text). */
export function sniffColumnar(bytes: Uint8Array): ColumnarKind | null {
  if (startsWith(bytes, PAR1)) return 'parquet';
  if (startsWith(bytes, ARROW1) || startsWith(bytes, CONTINUATION)) return 'arrow';
  return null;
}
