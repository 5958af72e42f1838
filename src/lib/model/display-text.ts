// Text from the data as much as a page can show at once: a 5 MB title took five seconds to lay out,
// and no one reads past its first lines. What is cut is cut on the page only; the data keeps it all,
// and exports (JSON, CSV) write it whole. Pure.
import { graphemeStarts } from './graphemes.ts';

/** Titles, names and labels: a few lines at most. */
export const MAX_TITLE_CHARS = 300;
/** Summaries, quotes and notes: pages of text, but not a book. */
export const MAX_TEXT_CHARS = 20_000;

/**
 * The text, or its first `max` characters and "…" when it is longer: cut between graphemes, so that
 * no letter loses its accent and no emoji is split. Only the start of the text is looked at.
 */
export function shortText(text: string, max = MAX_TITLE_CHARS): string {
  if (text.length <= max) return text;
  // Enough code units for `max` graphemes of a few units each; never the whole of a long text.
  const start = text.slice(0, max * 8 + 64);
  const starts = graphemeStarts(start);
  // The grapheme past the limit: the text is cut where it starts.
  if (starts.length > max) return `${start.slice(0, starts[max]).trimEnd()}…`;
  if (start.length === text.length) return text;
  // The start ended inside the text, perhaps inside its last grapheme: that one goes too.
  return `${start.slice(0, starts.at(-1) ?? 0).trimEnd()}…`;
}

/** "… (4,999,700 more characters not shown)", or '' when nothing was cut: said where a long text is shown whole on purpose. */
export function cutNote(text: string, max: number): string {
  const more = text.length - max;
  return more > 0 ? ` (${more.toLocaleString('en')} more characters not shown)` : '';
}
