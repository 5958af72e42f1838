// The `live` setting of a link (`?live`, `?live=5`) or of a <source-line live="5"> element: how
// often a live story's file is asked for again, in seconds, within bounds. Pure.

/** How often a live story is asked for when `?live` names no interval. */
export const DEFAULT_LIVE_SECONDS = 60;
/** The shortest interval `live=` may ask for: a test, or a story changing by the minute. */
export const MIN_LIVE_SECONDS = 5;
/** The longest: a day. */
export const MAX_LIVE_SECONDS = 86_400;
/** After failures the interval doubles each time, up to this. */
export const MAX_BACKOFF_MS = 30 * 60_000;

/**
 * The interval `live` asks for, in seconds: none (an absent parameter or attribute), the default (a
 * bare `live`), or a number of seconds held within bounds. Anything else is the default, with a note.
 */
export function readLiveParam(value: string | null): { seconds: number | null; note?: string } {
  if (value === null) return { seconds: null };
  const text = value.trim();
  if (text === '' || text.toLowerCase() === 'true') return { seconds: DEFAULT_LIVE_SECONDS };
  if (text.toLowerCase() === 'false') return { seconds: null };
  if (!/^\d{1,6}$/.test(text))
    return { seconds: DEFAULT_LIVE_SECONDS, note: `live=${text.slice(0, 40)} is not a number of seconds: checking every ${DEFAULT_LIVE_SECONDS} s` };
  const asked = Number(text);
  if (asked < MIN_LIVE_SECONDS)
    return { seconds: MIN_LIVE_SECONDS, note: `live=${asked} is under the ${MIN_LIVE_SECONDS}-second minimum: checking every ${MIN_LIVE_SECONDS} s` };
  if (asked > MAX_LIVE_SECONDS) return { seconds: MAX_LIVE_SECONDS, note: `live=${asked} is over a day: checking once a day` };
  return { seconds: asked };
}

/** The setting as a link writes it: a bare `live` for the default interval. */
export const writeLiveParam = (seconds: number) => (seconds === DEFAULT_LIVE_SECONDS ? '' : String(seconds));
