import { describe, expect, it } from 'vitest';
import { countPlaces } from './map-points.ts';
import {
  areaOfRect,
  constrainZoom,
  fitPoints,
  invertPoint,
  makeMapFrame,
  MAP_IDENTITY,
  projectAll,
  projectLonLat,
  zoomAbout,
  zoomToShow,
  layerTransform,
  type MapZoom,
} from './projection.ts';

const frame = makeMapFrame(1000, 600);
const CITIES: [string, number, number][] = [
  ['Bucharest', 26.1, 44.43],
  ['Moscow', 37.62, 55.76],
  ['Washington', -77.04, 38.91],
  ['Riyadh', 46.72, 24.71],
  ['Ankara', 32.85, 39.93],
  ['Sydney', 151.21, -33.87],
];

describe('makeMapFrame fits the world', () => {
  it.each([
    [1000, 600],
    [390, 320],
    [1800, 560],
  ])('%d × %d: the world fills one side and fits the other', (w, h) => {
    const f = makeMapFrame(w, h);
    const width = f.world.x1 - f.world.x0;
    const height = f.world.y1 - f.world.y0;
    expect(width).toBeLessThanOrEqual(w + 0.5);
    expect(height).toBeLessThanOrEqual(h + 0.5);
    expect(Math.max(width / w, height / h)).toBeCloseTo(1, 3);
  });
});

describe('projectLonLat is d3-geo’s Mercator to the pixel, and inverts', () => {
  it.each(CITIES)('%s', (_name, lon, lat) => {
    const [x, y] = projectLonLat(frame, lon, lat);
    const [dx, dy] = frame.projection([lon, lat])!;
    expect(x).toBeCloseTo(dx, 6);
    expect(y).toBeCloseTo(dy, 6);
    const [lon2, lat2] = invertPoint(frame, x, y);
    expect(lon2).toBeCloseTo(lon, 9);
    expect(lat2).toBeCloseTo(lat, 9);
  });

  it('projects many points at once, the same', () => {
    const { xs, ys } = projectAll(
      frame,
      CITIES.map(([, lon, lat]) => [lon, lat]),
    );
    CITIES.forEach(([, lon, lat], i) => expect([xs[i], ys[i]]).toEqual(projectLonLat(frame, lon, lat)));
  });
});

describe('fitPoints: the zoom that shows a set of points', () => {
  const points = (names: string[]) => {
    const chosen = CITIES.filter(([n]) => names.includes(n));
    return projectAll(
      frame,
      chosen.map(([, lon, lat]) => [lon, lat]),
    );
  };
  it.each<[string, string[], number]>([
    ['Europe and the Gulf', ['Bucharest', 'Moscow', 'Riyadh', 'Ankara'], 40],
    ['from Washington to Moscow', ['Washington', 'Moscow', 'Riyadh'], 40],
    ['one city, held at the largest zoom for one place', ['Moscow'], 40],
  ])('%s: every point on screen, inside the padding', (_what, names, pad) => {
    const { xs, ys } = points(names);
    const zoom = fitPoints(frame, xs, ys, { padPx: pad });
    for (let i = 0; i < xs.length; i++) {
      const sx = zoom.x + zoom.k * xs[i]!;
      const sy = zoom.y + zoom.k * ys[i]!;
      expect(sx).toBeGreaterThanOrEqual(pad - 0.5);
      expect(sx).toBeLessThanOrEqual(frame.widthPx - pad + 0.5);
      expect(sy).toBeGreaterThanOrEqual(pad - 0.5);
      expect(sy).toBeLessThanOrEqual(frame.heightPx - pad + 0.5);
    }
    expect(zoom.k).toBeLessThanOrEqual(64);
  });

  it('no points: the whole world', () => expect(fitPoints(frame, [], [])).toEqual(MAP_IDENTITY));
});

describe('constrainZoom keeps the world on screen', () => {
  it.each<[string, MapZoom]>([
    ['zoomed out past the world', { k: 0.5, x: 0, y: 0 }],
    ['dragged far left', { k: 4, x: 100_000, y: -1000 }],
    ['dragged far right', { k: 4, x: -100_000, y: -1000 }],
  ])('%s', (_what, zoom) => {
    const z = constrainZoom(frame, zoom);
    expect(z.k).toBeGreaterThanOrEqual(1);
    // The world's left edge is not right of the screen's, nor its right edge left of it.
    if (z.k * (frame.world.x1 - frame.world.x0) >= frame.widthPx - 0.5) {
      expect(z.x + z.k * frame.world.x0).toBeLessThanOrEqual(0.5);
      expect(z.x + z.k * frame.world.x1).toBeGreaterThanOrEqual(frame.widthPx - 0.5);
    }
  });

  it('zoomAbout keeps the point under the pointer in place', () => {
    const start = constrainZoom(frame, { k: 4, x: -1500, y: -900 });
    const at: [number, number] = [400, 300];
    const z = zoomAbout(frame, start, 2, at);
    const before = [(at[0] - start.x) / start.k, (at[1] - start.y) / start.k];
    const after = [(at[0] - z.x) / z.k, (at[1] - z.y) / z.k];
    expect(after[0]).toBeCloseTo(before[0]!, 6);
    expect(after[1]).toBeCloseTo(before[1]!, 6);
  });
});

describe('areaOfRect reads a screen rectangle as longitudes and latitudes', () => {
  it('a rectangle drawn around Bucharest and Moscow holds them, and not Riyadh', () => {
    const zoom = fitPoints(
      frame,
      ...(Object.values(
        projectAll(frame, [
          [26.1, 44.43],
          [37.62, 55.76],
          [46.72, 24.71],
        ]),
      ) as [Float64Array, Float64Array]),
    );
    const screen = (lon: number, lat: number) => {
      const [x, y] = projectLonLat(frame, lon, lat);
      return [zoom.x + zoom.k * x, zoom.y + zoom.k * y] as const;
    };
    const [west, south, east, north] = areaOfRect(frame, zoom, screen(20, 60), screen(40, 40));
    expect(west).toBeCloseTo(20, 1);
    expect(north).toBeCloseTo(60, 1);
    expect(east).toBeCloseTo(40, 1);
    expect(south).toBeCloseTo(40, 1);
  });

  it('the corners may be given in any order', () => {
    expect(areaOfRect(frame, MAP_IDENTITY, [600, 100], [500, 200])).toEqual(areaOfRect(frame, MAP_IDENTITY, [500, 200], [600, 100]));
  });
});

describe('fitPoints of some of the points', () => {
  it('fits only the points named, as if the others were not there', () => {
    const { xs, ys } = projectAll(frame, [
      [26.1, 44.43],
      [37.62, 55.76],
      [-77.04, 38.91],
    ]);
    const some = fitPoints(frame, xs, ys, { only: [0, 1] });
    const alone = fitPoints(frame, xs.slice(0, 2), ys.slice(0, 2));
    expect(some).toEqual(alone);
  });
});

describe('countPlaces', () => {
  it.each<[string, [number, number][], Int32Array | null, number]>([
    [
      'three events at two places',
      [
        [26.1, 44.43],
        [26.1, 44.43],
        [37.62, 55.76],
      ],
      null,
      2,
    ],
    [
      'a centimetre apart: one place',
      [
        [26.1, 44.43],
        [26.1000001, 44.43],
      ],
      null,
      1,
    ],
    [
      'only the shown ones',
      [
        [26.1, 44.43],
        [37.62, 55.76],
        [-77.04, 38.91],
      ],
      Int32Array.from([0, 2]),
      2,
    ],
    ['none shown', [[26.1, 44.43]], new Int32Array(0), 0],
  ])('%s', (_what, lonLats, active, expected) => expect(countPlaces(lonLats, active)).toBe(expected));
});

describe('zoomToShow', () => {
  const screen = { widthPx: 800, heightPx: 400 };
  it('leaves a point on screen where it is', () => expect(zoomToShow(screen, { k: 2, x: -100, y: 0 }, [100, 100])).toBeNull());
  it('centres a point off screen, at the same scale', () => {
    const zoom = zoomToShow(screen, { k: 2, x: -100, y: 0 }, [1000, 100])!;
    expect(zoom).toEqual({ k: 2, x: 400 - 2000, y: 0 });
    expect(zoom.x + zoom.k * 1000).toBe(400);
  });
});

describe('layerTransform', () => {
  it('moves a layer painted at one zoom to another: a point of it lands where the new zoom puts it', () => {
    expect(layerTransform(MAP_IDENTITY, MAP_IDENTITY)).toBe('none');
    const rest = { k: 2, x: -100, y: 10 };
    const now = { k: 4, x: -300, y: 0 };
    expect(layerTransform(now, rest)).toBe('translate(-100px, -20px) scale(2)');
    // A base point at 50: painted at 2 × 50 − 100 = 0, moved to 2 × 0 − 100 = −100 = 4 × 50 − 300.
    expect(2 * (rest.x + rest.k * 50) - 100).toBe(now.x + now.k * 50);
  });
});
