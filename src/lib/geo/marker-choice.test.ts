import { describe, expect, it } from 'vitest';
import { clusterPoints, membersOf } from './clusters.ts';
import { markerChoice, type MarkerChoiceContext } from './marker-choice.ts';
import { fitPoints, makeMapFrame, MAP_IDENTITY, zoomAbout, type MapZoom } from './projection.ts';

const frame = makeMapFrame(1000, 600);
// Base pixels: a lone point, two events at one place, and two pairs of places close enough to be grouped
// at the whole world's zoom (one pair closer than the other).
const POINTS: [string, number, number][] = [
  ['lone', 100, 100],
  ['here-1', 500, 300],
  ['here-2', 500, 300],
  ['close-1', 800, 100],
  ['close-2', 810, 110],
  ['apart-1', 600, 500],
  ['apart-2', 620, 510],
];
const xs = Float64Array.from(POINTS, (p) => p[1]);
const ys = Float64Array.from(POINTS, (p) => p[2]);
const clusters = clusterPoints({ xs, ys, active: null, level: 0 });
const events = POINTS.map(([id]) => ({ id }));

/** The marker holding an event, as the map would draw it at this zoom. */
function markerWith(id: string, zoom: MapZoom) {
  const m = [...Array(clusters.count).keys()].find((i) => Array.from(membersOf(clusters, i), (j) => events[j]!.id).includes(id))!;
  const members = Array.from(membersOf(clusters, m));
  const onePlace = members.every((j) => xs[j] === xs[members[0]!] && ys[j] === ys[members[0]!]);
  return { m, count: members.length, onePlace, xPx: zoom.x + zoom.k * clusters.x[m]!, yPx: zoom.y + zoom.k * clusters.y[m]! };
}

const context = (more: Partial<MarkerChoiceContext> = {}): MarkerChoiceContext => ({
  clusters,
  events,
  xs,
  ys,
  frame,
  zoom: MAP_IDENTITY,
  selectedId: null,
  ...more,
});

describe('markerChoice', () => {
  it('the grouping is as the cases below assume', () => {
    expect(markerWith('lone', MAP_IDENTITY)).toMatchObject({ count: 1 });
    expect(markerWith('here-1', MAP_IDENTITY)).toMatchObject({ count: 2, onePlace: true });
    expect(markerWith('close-1', MAP_IDENTITY)).toMatchObject({ count: 2, onePlace: false });
    expect(markerWith('apart-1', MAP_IDENTITY)).toMatchObject({ count: 2, onePlace: false });
  });

  it.each([
    ['nothing is selected: selects it', null, 'lone'],
    ['another event is selected: selects it', 'here-1', 'lone'],
    ['it is the selection: lets it go', 'lone', null],
  ])('a marker of one event, %s', (_case, selectedId, id) => {
    expect(markerChoice(markerWith('lone', MAP_IDENTITY), context({ selectedId }))).toEqual({ kind: 'select', id });
  });

  it('a group at one place lists its events, in their order, whatever is selected', () => {
    const choice = { kind: 'list', ids: ['here-1', 'here-2'] };
    expect(markerChoice(markerWith('here-1', MAP_IDENTITY), context())).toEqual(choice);
    expect(markerChoice(markerWith('here-1', MAP_IDENTITY), context({ selectedId: 'here-1' }))).toEqual(choice);
  });

  it.each(['close-1', 'apart-1'])('a group of places (%s) is zoomed into, to fit its places, far in', (id) => {
    const marker = markerWith(id, MAP_IDENTITY);
    const choice = markerChoice(marker, context());
    expect(choice).toEqual({ kind: 'zoom', to: fitPoints(frame, xs, ys, { maxK: 4096, only: membersOf(clusters, marker.m) }) });
    if (choice.kind === 'zoom') expect(choice.to.k).toBeGreaterThan(1.5);
  });

  it('a group of places whose fit would barely zoom in is zoomed into twice, about the marker', () => {
    const marker = markerWith('apart-1', MAP_IDENTITY);
    const fit = fitPoints(frame, xs, ys, { maxK: 4096, only: membersOf(clusters, marker.m) });
    // Already nearly as close as the fit: the fit would gain less than half as much again.
    const zoom = { k: fit.k / 1.4, x: 0, y: 0 };
    const at = markerWith('apart-1', zoom);
    expect(markerChoice(at, context({ zoom }))).toEqual({ kind: 'zoom', to: zoomAbout(frame, zoom, 2, [at.xPx, at.yPx]) });
  });
});
