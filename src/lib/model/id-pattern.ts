// The format's rule for ids, apart from the schema so that code which only makes ids (importers, the
// editor on the page) does not bring the schema and zod with it.

/**
 * Letters and digits of any script (with their marks: the vowel signs of "हिंदी", the accent of a
 * decomposed "café"), then also `.`, `_`, `:` and `-`: safe in URLs and attributes. Ids and references
 * are compared in Unicode's composed form (NFC), so "café" matches however it was typed.
 */
export const ID_PATTERN = '^[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}._:-]*$';
