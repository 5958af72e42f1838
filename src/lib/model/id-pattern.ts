// The format's rule for ids, apart from the schema so that code which only makes ids (importers, the
// editor on the page) does not bring the schema and zod with it.

/** Letters and digits of any script, then also `.`, `_`, `:` and `-`: safe in URLs and attributes. */
export const ID_PATTERN = '^[\\p{L}\\p{N}][\\p{L}\\p{N}._:-]*$';
