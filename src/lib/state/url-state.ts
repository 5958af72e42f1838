// The view as it lives in the page URL, read and written here only, so that reloading or sharing a
// link reproduces what the reader saw: the dataset, the time window, the selection, the search, the
// filters and the chain settings. Unknown or malformed parameters are reported, never fatal. Pure.
import { parseDate } from '../model/dates.ts';
import type { ChainDirection } from '../model/chains.ts';
import { exactOrigin } from '../dom/embed-protocol.ts';

export type FilterMode = 'hide' | 'dim';
export type AxisModeParam = 'linear' | 'collapsed';

export interface UrlView {
  readonly src: string | null;
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
}

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
};

const KNOWN = [
  'src',
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
  'edit',
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

const list = (value: string | null) =>
  value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** The view a URL's query asks for, and a note for each parameter that was ignored and why. */
export function readUrlView(search: string): { view: UrlView; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const get = (key: string) => params.get(key);
  for (const key of new Set(params.keys())) if (!(KNOWN as readonly string[]).includes(key)) ignored.push(`?${key} is not a Sourceline setting`);

  const span = (key: string) => {
    const value = get(key);
    if (value === null) return null;
    const parsed = parseSpan(value);
    if (!parsed) ignored.push(`${key}=${value} is not a time span (write START..END, e.g. 2008-01-01..2009-01-01)`);
    return parsed;
  };
  const oneOf = <T extends string>(key: string, allowed: readonly T[]): T | null => {
    const value = get(key);
    if (value === null) return null;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    ignored.push(`${key}=${value} is not one of ${allowed.join(', ')}`);
    return null;
  };

  const chain = oneOf('chain', ['both', 'down', 'up']);
  const stepParam = get('step');
  let step = 1;
  if (stepParam !== null) {
    if (/^[1-9]\d{0,5}$/.test(stepParam)) step = Number(stepParam);
    else ignored.push(`step=${stepParam} is not a step number (1, 2, 3…)`);
  }
  const stepsText = get('steps');
  let steps = Infinity;
  if (stepsText !== null) {
    if (/^[1-9]\d{0,2}$/.test(stepsText)) steps = Number(stepsText);
    else if (stepsText !== 'all') ignored.push(`steps=${stepsText} is not a number of steps`);
  }
  const parentParam = get('parent-origin');
  const parentOrigin = exactOrigin(parentParam);
  if (parentParam !== null && parentOrigin === null)
    ignored.push(`parent-origin=${parentParam} is not an origin (write the embedding page's scheme and host only, e.g. https://news.example)`);
  return {
    view: {
      src: get('src'),
      event: get('event') || null,
      window: span('t'),
      search: get('q') ?? '',
      actors: list(get('actor')),
      tags: list(get('tag')),
      linkTypes: list(get('link')),
      range: span('range'),
      filterMode: oneOf('filtered', ['hide', 'dim']) ?? 'hide',
      chain: chain ? CHAIN[chain]! : 'both',
      steps,
      axis: oneOf('axis', ['linear', 'collapsed']),
      panel: oneOf('panel', ['details', 'sources']) ?? 'details',
      source: get('source') || null,
      hiddenLinks: list(get('hide-links')),
      embed: params.has('embed'),
      present: params.has('present'),
      step,
      presenter: params.has('presenter'),
      ...(params.has('edit') ? { edit: true } : {}),
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
  set('event', view.event);
  set('t', span(view.window));
  set('q', view.search.trim());
  set('actor', view.actors.join(','));
  set('tag', view.tags.join(','));
  set('link', view.linkTypes.join(','));
  set('range', span(view.range));
  if (view.filterMode !== 'hide') set('filtered', view.filterMode);
  if (view.chain !== 'both') set('chain', CHAIN_PARAM[view.chain]);
  if (Number.isFinite(view.steps)) set('steps', String(view.steps));
  set('axis', view.axis);
  if (view.panel !== 'details') set('panel', view.panel);
  set('source', view.source);
  set('hide-links', view.hiddenLinks.join(','));
  if ((view.present || view.presenter) && view.step !== 1) set('step', String(view.step));
  // Kept in the frame's own URL only: a link to the full view or a shared link never carries it.
  if (view.embed) set('parent-origin', view.parentOrigin);
  const query = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':');
  // Flags have no value: ?present&step=5 reads as a teacher would type it, and ?src=…&embed too.
  const all = [view.present ? 'present' : '', query, view.embed ? 'embed' : '', view.presenter ? 'presenter' : '', view.edit && !view.embed ? 'edit' : '']
    .filter(Boolean)
    .join('&');
  return all ? `?${all}` : '';
}
