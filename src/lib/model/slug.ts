// Titles as words for names made from them (ids, file names): lower case, letters and digits of any
// script, accents on Latin letters dropped, "Ukraine’s" one word. Pure.

/**
 * "Zakharova’s statement, 18 February" → ["zakharovas", "statement", "18", "february"];
 * "Ἀθῆναι" → ["ἀθῆναι"]; "हिंदी" one word (marks belong to the letter before them).
 */
export function titleWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      // Accents on Latin letters go (é → e); other scripts keep their marks as part of their letters.
      .replace(/(?<=[A-Za-z])\p{M}+/gu, '')
      .normalize('NFC')
      .toLocaleLowerCase('en')
      // "Ukraine’s" is one word, not "ukraine-s".
      .replace(/(?<=\p{L})['’ʼ](?=\p{L})/gu, '')
      .split(/[^\p{L}\p{M}\p{N}]+/u)
      // A mark with no letter before it (after a split) belongs to nothing.
      .map((word) => word.replace(/^\p{M}+/u, ''))
      .filter(Boolean)
  );
}

/** Words joined by '-' while they fit in maxChars characters; a first word longer than that is cut at a character, never inside one. */
export function joinWords(words: readonly string[], maxChars: number): string {
  let joined = '';
  for (const word of words) {
    const next = joined ? `${joined}-${word}` : word;
    if ([...next].length > maxChars) break;
    joined = next;
  }
  if (!joined && words[0]) joined = [...words[0]].slice(0, maxChars).join('');
  return joined;
}
