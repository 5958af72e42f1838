// The view as it lives in the page URL, read and written here only, so that reloading or sharing a
// link reproduces what the reader saw: the dataset, the time window, the selection, the search, the
// filters and the chain settings. Unknown or malformed parameters are reported, never fatal. Pure.
import { readArea, writeArea, type GeoArea } from '../model/area.ts';
import { parseDate } from '../model/dates.ts';
import type { ChainDirection } from '../model/chains.ts';
import { exactOrigin } from '../dom/embed-protocol.ts';
import { formatLens, parseLens, type Lens } from '../scale/lens.ts';
import { readLiveParam, writeLiveParam } from './live-param.ts';

export type FilterMode = 'hide' | 'dim';
export type AxisModeParam = 'linear' | 'collapsed';
/** How the chronology is shown: `view=list`, `view=map`, `view=network` (the timeline is the default). */
export type ViewMode = 'timeline' | 'list' | 'map' | 'network';
export const VIEW_MODES: readonly ViewMode[] = ['timeline', 'list', 'map', 'network'];

export interface UrlView {
  readonly src: string | null;
  /** A file opened from the reader's computer, by name: a reload opens it again if this tab kept it. */
  readonly file?: string | null;
  readonly event: string | null;
  /** The visible time window, [start, end] in ms. */
  readonly window: readonly [number, number] | null;
  readonly search: string;
  readonly actors: readonly string[];
  readonly tags: readonly string[];
  /** Show only events with links of these types. */
  readonly linkTypes: readonly string[];
  /** Show only events overlapping this date range. */
  readonly range: readonly [number, number] | null;
  readonly filterMode: FilterMode;
  readonly chain: ChainDirection;
  readonly steps: number;
  readonly axis: AxisModeParam | null;
  readonly panel: 'details' | 'sources';
  readonly source: string | null;
  readonly hiddenLinks: readonly string[];
  readonly embed: boolean;
  /** Presentation mode, and its step (counting from 1, as a teacher would say it). */
  readonly present: boolean;
  readonly step: number;
  /** The presenter's window: the current step with its speaker notes, kept in step with the show. */
  readonly presenter: boolean;
  /** Edit mode: the chronology shown is being written. */
  readonly edit?: boolean;
  /** In an <iframe> (with `embed`): the embedding page's exact origin, the only one messages are exchanged with. */
  readonly parentOrigin?: string | null;
  /** The view shown: the timeline, the list, or the map or network above the timeline. */
  readonly mode?: ViewMode;
  /** Events placed in this area of the map, [west, south, east, north]. */
  readonly area?: GeoArea | null;
  /** An actor whose events are highlighted. */
  readonly highlightActor?: string | null;
  /** A period opened to full detail, the rest of the axis compressed on either side (`lens=2014-01..2014-03`). */
  readonly lens?: Lens | null;
  /** A live story (`live`, `live=5`): its file asked for again every so many seconds (live-param.ts). */
  readonly live?: number | null;
  /** Lanes with too many events to draw one by one: as density bands (the default) or as a heat strip. */
  readonly density?: DensityMode;
}

export type DensityMode = 'bands' | 'heat';

export const DEFAULT_URL_VIEW: UrlView = {
  src: null,
  event: null,
  window: null,
  search: '',
  actors: [],
  tags: [],
  linkTypes: [],
  range: null,
  filterMode: 'hide',
  chain: 'both',
  steps: Infinity,
  axis: null,
  panel: 'details',
  source: null,
  hiddenLinks: [],
  embed: false,
  present: false,
  step: 1,
  presenter: false,
  mode: 'timeline',
  area: null,
  highlightActor: null,
  lens: null,
  density: 'bands',
};

const KNOWN = [
  'src',
  'file',
  'event',
  't',
  'q',
  'actor',
  'tag',
  'link',
  'range',
  'filtered',
  'chain',
  'steps',
  'axis',
  'panel',
  'source',
  'hide-links',
  'embed',
  'present',
  'step',
  'presenter',
  'parent-origin',
  'view',
  'area',
  'highlight-actor',
  'edit',
  'lens',
  'live',
  'density',
] as const;
const CHAIN: Record<string, ChainDirection> = { both: 'both', down: 'downstream', up: 'upstream' };
const CHAIN_PARAM: Record<ChainDirection, string> = { both: 'both', downstream: 'down', upstream: 'up' };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An instant as short ISO 8601 text in UTC, exact to the second: "2008-04-03", "2008-04-03T10:30Z", "-000490-01-01". */
export function formatInstant(ms: number): string {
  const d = new Date(Math.round(ms / 1000) * 1000);
  const y = d.getUTCFullYear();
  const year = y >= 0 && y <= 9999 ? pad(y, 4) : `${y < 0 ? '-' : '+'}${pad(Math.abs(y), 6)}`;
  const date = `${year}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const [h, m, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  if (h === 0 && m === 0 && s === 0) return date;
  return `${date}T${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}Z`;
}

function parseInstant(text: string): number | null {
  const parsed = parseDate(text);
  return parsed.ok ? parsed.date.startMs : null;
}

/** "A..B" → [a, b] when both are instants and a < b. */
function parseSpan(text: string): [number, number] | null {
  const [a, b, ...rest] = text.split('..');
  if (a === undefined || b === undefined || rest.length > 0) return null;
  const start = parseInstant(a);
  const end = parseInstant(b);
  return start !== null && end !== null && start < end ? [start, end] : null;
}

/**
 * Writes a list into one parameter, separated by commas, so that any item comes back as it was: a
 * comma in an item is written `\,`, a backslash `\\`, and a space at either end `\ ` (the reader
 * trims what is not escaped). A link written before items were escaped has no backslashes, and reads
 * as it always did.
 */
export function joinParamList(items: readonly string[]): string {
  const escaped = (text: string) => text.replace(/[\\,]/g, '\\$&');
  const kept = (spaces: string) => spaces.replace(/\s/g, '\\$&');
  return items
    .map((item) => {
      const [, before, text, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(item)!;
      return kept(before!) + escaped(text!) + kept(after!);
    })
    .join(',');
}

const isSpace = (c: string) => /\s/.test(c);

/** Reads a list joinParamList wrote (or an older link's `a, b`): split at unescaped commas, unescaped edge spaces trimmed. */
export function splitParamList(value: string | null): string[] {
  if (!value) return [];
  const items: string[] = [];
  let item: { c: string; escaped: boolean }[] = [];
  const end = () => {
    let from = 0;
    let to = item.length;
    while (from < to && !item[from]!.escaped && isSpace(item[from]!.c)) from++;
    while (to > from && !item[to - 1]!.escaped && isSpace(item[to - 1]!.c)) to--;
    const text = item
      .slice(from, to)
      .map((x) => x.c)
      .join('');
    if (text !== '') items.push(text);
    item = [];
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const next = value[i + 1];
    if (c === '\\' && next !== undefined && (next === ',' || next === '\\' || isSpace(next))) {
      item.push({ c: next, escaped: true });
      i++;
    } else if (c === ',') end();
    else item.push({ c, escaped: false });
  }
  end();
  return items;
}

/** The longest each parameter may be: past it, the parameter is ignored (a 500 kB search took 23 s to run). */
export const MAX_PARAM_CHARS: Readonly<Record<string, number>> = {
  src: 4_000,
  file: 300,
  event: 200,
  source: 200,
  q: 1_000,
  t: 100,
  range: 100,
  actor: 4_000,
  tag: 4_000,
  link: 1_000,
  'hide-links': 1_000,
  'parent-origin': 300,
};
/** Any other parameter (a flag, a choice, a number) is short. */
const MAX_OTHER_CHARS = 100;
/** Unknown parameters named one by one; past this many, counted. */
const MAX_UNKNOWN_NOTES = 10;

/** Past this many characters as written (percent-encoded), a parameter is set aside without being decoded. */
const MAX_WRITTEN_CHARS = 3 * Math.max(...Object.values(MAX_PARAM_CHARS));

/** The start of a written (percent-encoded) text, decoded as far as it can be. */
function decodeStart(written: string, chars = 200): string {
  const start = written.slice(0, chars).replace(/\+/g, ' ');
  for (let end = start.length; end > start.length - 9 && end >= 0; end--) {
    try {
      return decodeURIComponent(start.slice(0, end));
    } catch {
      // Cut inside an escape (%E2%8…): try a little shorter.
    }
  }
  return start;
}

/** A value as a note shows it: cut short when long, so that a megabyte is not written on the page. */
export function clipParam(value: string, chars = 80): string {
  const all = [...value.slice(0, chars * 2 + 2)];
  return all.length <= chars ? value : `${all.slice(0, chars - 1).join('')}… (${value.length.toLocaleString('en')} characters)`;
}

/** The view a URL's query asks for, and a note for each parameter that was ignored and why. */
export function readUrlView(search: string): { view: UrlView; ignored: string[] } {
  const ignored: string[] = [];
  const tooLong = new Set<string>();
  // A parameter far longer than any setting can be is set aside as written, before it is decoded:
  // decoding a megabyte of query took 50 ms on its own.
  const kept: string[] = [];
  const setAside: string[] = [];
  for (const piece of search.replace(/^\?/, '').split('&')) {
    if (piece.length <= MAX_WRITTEN_CHARS) kept.push(piece);
    else setAside.push(piece);
  }
  const params = new URLSearchParams(kept.join('&'));
  const isKnown = (key: string) => (KNOWN as readonly string[]).includes(key);
  const longKeys: string[] = [];
  for (const piece of setAside) {
    const equals = piece.indexOf('=');
    const key = decodeStart(equals < 0 ? piece : piece.slice(0, equals));
    longKeys.push(key);
    if (!isKnown(key)) continue;
    const value = equals < 0 ? '' : piece.slice(equals + 1);
    // Its length as read, near enough: an escape (%20) is three characters written for one read.
    let escapes = 0;
    for (let at = value.indexOf('%'); at >= 0; at = value.indexOf('%', at + 1)) escapes++;
    const length = `${escapes > 0 ? 'about ' : ''}${(value.length - 2 * escapes).toLocaleString('en')} characters`;
    tooLong.add(key);
    ignored.push(
      `${key}=${[...decodeStart(value, 39 * 12)].slice(0, 39).join('')}… (${length}) is longer than this setting can be (at most ${(MAX_PARAM_CHARS[key] ?? MAX_OTHER_CHARS).toLocaleString('en')} characters)`,
    );
  }
  const unknown = [...new Set([...params.keys(), ...longKeys])].filter((key) => !isKnown(key));
  for (const key of unknown.slice(0, MAX_UNKNOWN_NOTES)) ignored.push(`?${clipParam(key)} is not a Sourceline setting`);
  if (unknown.length > MAX_UNKNOWN_NOTES)
    ignored.push(`${(unknown.length - MAX_UNKNOWN_NOTES).toLocaleString('en')} more parameters are not Sourceline settings either`);
  for (const key of KNOWN) {
    if (tooLong.has(key)) continue;
    const value = params.get(key);
    const max = MAX_PARAM_CHARS[key] ?? MAX_OTHER_CHARS;
    if (value === null || value.length <= max) continue;
    tooLong.add(key);
    ignored.push(`${key}=${clipParam(value, 40)} is longer than this setting can be (at most ${max.toLocaleString('en')} characters)`);
  }
  /** A parameter's value; null when it is not there, or too long to read. */
  const get = (key: string) => (tooLong.has(key) ? null : params.get(key));
  /** An id: composed (NFC) as the data's ids are. */
  const getId = (key: string) => get(key)?.normalize('NFC') || null;
  const list = (key: string) => splitParamList(get(key));

  const span = (key: string) => {
    const value = get(key);
    if (value === null) return null;
    const parsed = parseSpan(value);
    if (!parsed) ignored.push(`${key}=${clipParam(value)} is not a time span (write START..END, e.g. 2008-01-01..2009-01-01)`);
    return parsed;
  };
  const oneOf = <T extends string>(key: string, allowed: readonly T[]): T | null => {
    const value = get(key);
    if (value === null) return null;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    ignored.push(`${key}=${clipParam(value)} is not one of ${allowed.join(', ')}`);
    return null;
  };

  const chain = oneOf('chain', ['both', 'down', 'up']);
  const stepParam = get('step');
  let step = 1;
  if (stepParam !== null) {
    if (/^[1-9]\d{0,5}$/.test(stepParam)) step = Number(stepParam);
    else ignored.push(`step=${clipParam(stepParam)} is not a step number (1, 2, 3…)`);
  }
  const stepsText = get('steps');
  let steps = Infinity;
  if (stepsText !== null) {
    if (/^[1-9]\d{0,2}$/.test(stepsText)) steps = Number(stepsText);
    else if (stepsText !== 'all') ignored.push(`steps=${clipParam(stepsText)} is not a number of steps`);
  }
  const areaParam = get('area');
  const area = areaParam === null ? null : readArea(areaParam);
  if (areaParam !== null && area === null)
    ignored.push(`area=${areaParam} is not an area of the map (write WEST,SOUTH,EAST,NORTH in degrees, e.g. -12,34,45,72)`);
  const lensParam = get('lens');
  const lensParse = lensParam === null ? null : parseLens(lensParam);
  if (lensParse && !lensParse.ok) ignored.push(`lens=${clipParam(lensParam!)}: ${lensParse.problem}; ${lensParse.fix}`);
  const live = readLiveParam(params.has('live') ? (get('live') ?? '') : null);
  if (live.note) ignored.push(live.note);
  const parentParam = get('parent-origin');
  const parentOrigin = exactOrigin(parentParam);
  if (parentParam !== null && parentOrigin === null)
    ignored.push(`parent-origin=${clipParam(parentParam)} is not an origin (write the embedding page's scheme and host only, e.g. https://news.example)`);
  return {
    view: {
      src: get('src'),
      ...(get('file') ? { file: get('file') } : {}),
      event: getId('event'),
      window: span('t'),
      search: get('q') ?? '',
      actors: list('actor').map((id) => id.normalize('NFC')),
      tags: list('tag'),
      linkTypes: list('link'),
      range: span('range'),
      filterMode: oneOf('filtered', ['hide', 'dim']) ?? 'hide',
      chain: chain ? CHAIN[chain]! : 'both',
      steps,
      axis: oneOf('axis', ['linear', 'collapsed']),
      panel: oneOf('panel', ['details', 'sources']) ?? 'details',
      source: getId('source'),
      hiddenLinks: list('hide-links'),
      embed: params.has('embed'),
      present: params.has('present'),
      step,
      presenter: params.has('presenter'),
      mode: oneOf('view', VIEW_MODES) ?? 'timeline',
      area,
      highlightActor: get('highlight-actor') || null,
      lens: lensParse?.ok ? lensParse.lens : null,
      density: oneOf<DensityMode>('density', ['bands', 'heat']) ?? 'bands',
      ...(params.has('edit') ? { edit: true } : {}),
      ...(live.seconds !== null ? { live: live.seconds } : {}),
      ...(parentOrigin ? { parentOrigin } : {}),
    },
    ignored,
  };
}

/** The query string for a view, defaults left out, parameters in a stable order ("" for the default view). */
export function writeUrlView(view: UrlView): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | null | undefined) => {
    if (value) params.set(key, value);
  };
  const span = (s: readonly [number, number] | null) => (s ? `${formatInstant(s[0])}..${formatInstant(s[1])}` : null);
  set('src', view.src);
  set('file', view.src ? null : (view.file ?? null));
  set('event', view.event);
  set('t', span(view.window));
  set('q', view.search.trim());
  set('actor', joinParamList(view.actors));
  set('tag', joinParamList(view.tags));
  set('link', joinParamList(view.linkTypes));
  set('range', span(view.range));
  if (view.filterMode !== 'hide') set('filtered', view.filterMode);
  if (view.chain !== 'both') set('chain', CHAIN_PARAM[view.chain]);
  if (Number.isFinite(view.steps)) set('steps', String(view.steps));
  set('axis', view.axis);
  if (view.panel !== 'details') set('panel', view.panel);
  set('source', view.source);
  set('hide-links', joinParamList(view.hiddenLinks));
  if (view.mode && view.mode !== 'timeline') set('view', view.mode);
  set('area', view.area ? writeArea(view.area) : null);
  set('highlight-actor', view.highlightActor);
  set('lens', view.lens ? formatLens(view.lens) : null);
  if (view.density === 'heat') set('density', 'heat');
  if ((view.present || view.presenter) && view.step !== 1) set('step', String(view.step));
  // Kept in the frame's own URL only: a link to the full view or a shared link never carries it.
  if (view.embed) set('parent-origin', view.parentOrigin);
  const query = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':');
  // Flags have no value: ?present&step=5 reads as a teacher would type it, and ?src=…&embed too.
  const live = view.live ? writeLiveParam(view.live) : null;
  const all = [
    view.present ? 'present' : '',
    query,
    view.embed ? 'embed' : '',
    live === null ? '' : live ? `live=${live}` : 'live',
    view.presenter ? 'presenter' : '',
    view.edit && !view.embed ? 'edit' : '',
  ]
    .filter(Boolean)
    .join('&');
  return all ? `?${all}` : '';
}
