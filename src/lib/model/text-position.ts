// Offsets in a text as the `line L, column C` an editor shows.

export type PositionOf = (offset: number) => { line: number; column: number };

/** Turns offsets into 1-based `line L, column C` (columns count UTF-16 units, as editors mostly do). */
export function positionFinder(text: string): PositionOf {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
}
