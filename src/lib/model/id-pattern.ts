// The format's rule for ids, apart from the schema so that code which only makes ids (importers, the
// editor on the page) does not bring the schema and zod with it.

/**
 * Letters and digits of any script (with their marks: the vowel signs of "हिंदी", the accent of a
 * decomposed "café"), then also `.`, `_`, `:` and `-`: safe in URLs and attributes. Ids and references
 * are compared in Unicode's composed form (NFC), so "café" matches however it was typed.
 */
export const ID_PATTERN = '^[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}._:-]*$';

/** Text as ids are compared: composed (NFC). ASCII text is its own composed form, told without asking ICU (a million ids). */
export function composedText(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return text.normalize('NFC');
  return text;
}
