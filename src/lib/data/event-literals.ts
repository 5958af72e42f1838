// Events as the page builds them from columns (event-columns.ts), each written as an object literal for
// the fields most events have. Spelt out, one literal for each set of them, because V8 learns of each
// literal that its objects outlive the young generation and makes them in the old one from then on: a
// million events copied from a template object (as events with rarer fields still are) took three
// times the collectors' time in Node, each young collection moving every event made since the last.
// The keys are in the format's order (EVENT_FIELDS), as the check gives them: tested for every set.
import type { PartialDate } from '../model/dates.ts';
import type { TimelineEvent } from '../model/schema.ts';

/** Which of the common fields an event has, as bits of the literal's case. */
export const LITERAL_BIT = { end: 1, summary: 2, actors: 4, tags: 8, sources: 16 } as const;

/** An event with its required fields and the common ones its bits name (the others' values are not read). */
export function literalEvent(
  bits: number,
  id: string,
  title: string,
  start: PartialDate,
  end: TimelineEvent['end'],
  summary: TimelineEvent['summary'],
  actors: TimelineEvent['actors'],
  tags: TimelineEvent['tags'],
  sources: TimelineEvent['sources'],
): TimelineEvent {
  switch (bits) {
    case 0:
      return { id, title, start };
    case 1:
      return { id, title, start, end };
    case 2:
      return { id, title, start, summary };
    case 3:
      return { id, title, start, end, summary };
    case 4:
      return { id, title, start, actors };
    case 5:
      return { id, title, start, end, actors };
    case 6:
      return { id, title, start, summary, actors };
    case 7:
      return { id, title, start, end, summary, actors };
    case 8:
      return { id, title, start, tags };
    case 9:
      return { id, title, start, end, tags };
    case 10:
      return { id, title, start, summary, tags };
    case 11:
      return { id, title, start, end, summary, tags };
    case 12:
      return { id, title, start, actors, tags };
    case 13:
      return { id, title, start, end, actors, tags };
    case 14:
      return { id, title, start, summary, actors, tags };
    case 15:
      return { id, title, start, end, summary, actors, tags };
    case 16:
      return { id, title, start, sources };
    case 17:
      return { id, title, start, end, sources };
    case 18:
      return { id, title, start, summary, sources };
    case 19:
      return { id, title, start, end, summary, sources };
    case 20:
      return { id, title, start, actors, sources };
    case 21:
      return { id, title, start, end, actors, sources };
    case 22:
      return { id, title, start, summary, actors, sources };
    case 23:
      return { id, title, start, end, summary, actors, sources };
    case 24:
      return { id, title, start, tags, sources };
    case 25:
      return { id, title, start, end, tags, sources };
    case 26:
      return { id, title, start, summary, tags, sources };
    case 27:
      return { id, title, start, end, summary, tags, sources };
    case 28:
      return { id, title, start, actors, tags, sources };
    case 29:
      return { id, title, start, end, actors, tags, sources };
    case 30:
      return { id, title, start, summary, actors, tags, sources };
    case 31:
      return { id, title, start, end, summary, actors, tags, sources };
    default:
      throw new RangeError(`no literal for the fields ${bits}`);
  }
}
