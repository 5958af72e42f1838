// The messages an embedding page may exchange with Sourceline in an <iframe>, checked strictly: a
// message is acted on only when its shape is exactly one of these, and only from the configured
// origin (embed-messages.ts checks who sent it). Anything else is ignored without a word. Pure.
import { parseDate } from '../model/dates.ts';

/**
 * Parent → Sourceline: select an event (null: none), show a time window, or ping: answered with a
 * pong of the same id once every message before it has been acted on (how a page, or a test, knows).
 */
export type ParentMessage =
  | { readonly type: 'sourceline:select'; readonly event: string | null }
  | { readonly type: 'sourceline:window'; readonly start: string; readonly end: string }
  | { readonly type: 'sourceline:ping'; readonly id: number };

/** Sourceline → parent: the answer to a ping. */
export interface PongMessage {
  readonly type: 'sourceline:pong';
  readonly id: number;
}

/** Sourceline → parent: the height the frame needs to show everything, in CSS pixels. */
export interface HeightMessage {
  readonly type: 'sourceline:height';
  readonly height: number;
}

/** A parent message, checked and with its window read: what the app should do. */
export type EmbedRequest =
  | { readonly kind: 'select'; readonly event: string | null }
  | { readonly kind: 'window'; readonly window: readonly [number, number] }
  | { readonly kind: 'ping'; readonly id: number };

/** The format's id rule (schema.ts ID_PATTERN, copied so that zod stays out of the page's bundle; a test keeps them equal). */
export const EMBED_ID_PATTERN = '^[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}._:-]*$';
const idRegex = new RegExp(EMBED_ID_PATTERN, 'u');
const MAX_ID = 200;

/**
 * A plain object ({…} or made by JSON.parse or a structured clone) with exactly these keys, each a
 * plain value (not a getter, which could answer differently each time it is read).
 */
function hasExactly(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  const own = Reflect.ownKeys(value);
  return (
    own.length === keys.length &&
    keys.every((key) => {
      const property = Object.getOwnPropertyDescriptor(value, key);
      return property !== undefined && 'value' in property;
    })
  );
}

const isId = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_ID && idRegex.test(value);

/** What a message from the parent asks for, or null when it is not exactly a message Sourceline takes. */
export function readParentMessage(data: unknown): EmbedRequest | null {
  if (hasExactly(data, ['type', 'event']) && data.type === 'sourceline:select') {
    // Composed, as the data's ids are: "café" with a combining accent names the same event.
    const event = typeof data.event === 'string' ? data.event.normalize('NFC') : data.event;
    return event === null || isId(event) ? { kind: 'select', event } : null;
  }
  if (hasExactly(data, ['type', 'id']) && data.type === 'sourceline:ping')
    return Number.isSafeInteger(data.id) ? { kind: 'ping', id: data.id as number } : null;
  if (hasExactly(data, ['type', 'start', 'end']) && data.type === 'sourceline:window') {
    if (typeof data.start !== 'string' || typeof data.end !== 'string') return null;
    const start = parseDate(data.start);
    const end = parseDate(data.end);
    // Dates as in a data file (so within ±270,000 years); the end is inclusive at its precision.
    if (!start.ok || !end.ok || end.date.endMs <= start.date.startMs) return null;
    return { kind: 'window', window: [start.date.startMs, end.date.endMs] };
  }
  return null;
}

/**
 * The origin named by `?parent-origin=` or `data-parent-origin`, exactly as a browser writes an
 * origin ("https://news.example", "http://localhost:8080"), or null for anything else: a path, a
 * wildcard, another scheme, a user name.
 */
export function exactOrigin(text: string | null | undefined): string | null {
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.origin === text ? text : null;
}

/** The height message for a frame's content height (rounded up to whole pixels), or null for nonsense. */
export function heightMessage(heightPx: number): HeightMessage | null {
  if (!Number.isFinite(heightPx) || heightPx <= 0) return null;
  return { type: 'sourceline:height', height: Math.ceil(heightPx) };
}
