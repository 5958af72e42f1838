// Where eras are drawn: each a band from its start to the end of its end date (inclusive at its
// precision), cut to the plot, with room for its label or none. Pure: time in, pixels out.
import type { Era } from '../model/schema.ts';
import type { TimeScale } from './time-scale.ts';

export interface EraBand {
  /** Unique among the bands, for keyed drawing. */
  readonly key: string;
  readonly label: string;
  readonly x0Px: number;
  readonly x1Px: number;
  /** Where the label starts: inside the band's visible part. */
  readonly labelXPx: number;
  /** Whether the era begins inside the plot (so its edge is drawn), rather than before it. */
  readonly startsInView: boolean;
  /** Whether the visible part is wide enough to show any of the label. */
  readonly labelled: boolean;
  /** The label, shortened with "…" to fit the visible part (at about LABEL_CHAR_PX a character). */
  readonly labelText: string;
}

/** Narrower than this, a band shows no label (it would be a letter or two). */
const MIN_LABEL_PX = 36;
const LABEL_INSET_PX = 4;
/** A generous average width of a character of the 11 px label. */
export const LABEL_CHAR_PX = 6.5;

function fitted(label: string, widthPx: number): string {
  const chars = [...label];
  const room = Math.floor((widthPx - 2 * LABEL_INSET_PX) / LABEL_CHAR_PX);
  return chars.length <= room
    ? label
    : `${chars
        .slice(0, Math.max(1, room - 1))
        .join('')
        .trimEnd()}…`;
}

export function eraBands(eras: readonly Era[], scale: TimeScale, leftPx: number, rightPx: number): EraBand[] {
  const bands: EraBand[] = [];
  eras.forEach((era, i) => {
    const startPx = scale(era.start.startMs);
    const x0Px = Math.max(leftPx, startPx);
    const x1Px = Math.min(rightPx, scale(era.end.endMs));
    if (!(x1Px > x0Px)) return;
    const labelled = x1Px - x0Px >= MIN_LABEL_PX;
    bands.push({
      key: `${i}:${era.label}`,
      label: era.label,
      x0Px,
      x1Px,
      startsInView: startPx >= leftPx,
      labelXPx: x0Px + LABEL_INSET_PX,
      labelled,
      labelText: labelled ? fitted(era.label, x1Px - x0Px) : '',
    });
  });
  return bands;
}
