// drawMotionFrame against a context that records what it is asked to draw (Node has no canvas).
import { beforeAll, describe, expect, it } from 'vitest';
import type { LinkRoute } from '../layout/link-routes.ts';
import type { DensityView, MarkView } from '../layout/timeline-layout.ts';
import type { TimelineEvent } from '../model/schema.ts';
import { drawMotionFrame, type MotionFrame, type MotionPalette } from './draw-motion-frame.ts';

class FakePath2D {
  constructor(readonly d: string) {}
}
beforeAll(() => {
  (globalThis as { Path2D?: unknown }).Path2D = FakePath2D;
});

type Call = { op: string; args: unknown[]; fillStyle: unknown; strokeStyle: unknown; globalAlpha: number; lineWidth: number; dash: number[] };
function recordingContext() {
  const calls: Call[] = [];
  const state = { fillStyle: '' as unknown, strokeStyle: '' as unknown, globalAlpha: 1, lineWidth: 1, lineCap: 'butt', dash: [] as number[] };
  const stack: (typeof state)[] = [];
  const record =
    (op: string) =>
    (...args: unknown[]) =>
      calls.push({
        op,
        args,
        fillStyle: state.fillStyle,
        strokeStyle: state.strokeStyle,
        globalAlpha: state.globalAlpha,
        lineWidth: state.lineWidth,
        dash: state.dash,
      });
  const ctx = new Proxy(state as unknown as CanvasRenderingContext2D, {
    get(target, key) {
      if (key === 'save') return () => stack.push({ ...state });
      if (key === 'restore') return () => Object.assign(state, stack.pop());
      if (key === 'setLineDash') return (dash: number[]) => (state.dash = dash);
      if (key in state) return (state as Record<string, unknown>)[key as string];
      return record(String(key));
    },
    set(_, key, value) {
      (state as Record<string, unknown>)[key as string] = value;
      return true;
    },
  });
  return { ctx, calls };
}

const palette: MotionPalette = {
  surface: 'rgb(255, 255, 255)',
  text: 'rgb(16, 24, 40)',
  markDefault: 'rgb(82, 96, 109)',
  links: { causes: 'rgb(180, 35, 24)', other: 'rgb(102, 112, 133)' },
};
const event = (id: string, more: Partial<TimelineEvent> = {}) => ({ id, title: id, start: '2008', ...more }) as TimelineEvent;
const markOf = (id: string, isRange: boolean, x0: number, x1: number, more: Partial<TimelineEvent> = {}): MarkView =>
  ({
    laneEvent: { event: event(id, more), isRange, row: 0, weight: 0 },
    laneId: 'nato',
    x0Px: x0,
    x1Px: x1,
    spanX0Px: x0,
    spanX1Px: x1,
    yPx: 50,
    label: null,
  }) as unknown as MarkView;

function frame(more: Partial<MotionFrame> = {}): MotionFrame {
  return {
    layout: { marks: [], densities: [] },
    routes: [],
    linkType: () => 'causes',
    laneColor: (id) => (id === 'nato' ? '#1f4e8c' : undefined),
    selectedId: null,
    isDimmed: () => false,
    chain: null,
    clip: { x: 136, y: 0, width: 1200, height: 400 },
    ...more,
  };
}

describe('drawMotionFrame', () => {
  it('draws only inside the plot, and restores the context', () => {
    const { ctx, calls } = recordingContext();
    drawMotionFrame(ctx, frame(), palette);
    expect(calls.map((c) => c.op)).toEqual(['beginPath', 'rect', 'clip']);
    expect(calls[1]!.args).toEqual([136, 0, 1200, 400]);
    expect(ctx.globalAlpha).toBe(1);
  });

  it('draws a point as a dot, a range as a rounded bar, in the lane colour with the surface ring', () => {
    const { ctx, calls } = recordingContext();
    drawMotionFrame(ctx, frame({ layout: { densities: [], marks: [markOf('p', false, 300, 300), markOf('r', true, 400, 480)] } }), palette);
    const arc = calls.find((c) => c.op === 'arc')!;
    expect(arc.args.slice(0, 3)).toEqual([300, 50, 6]);
    const bar = calls.find((c) => c.op === 'roundRect')!;
    expect(bar.args).toEqual([400, 45, 80, 10, 5]);
    const fills = calls.filter((c) => c.op === 'fill');
    expect(fills.map((c) => c.fillStyle)).toEqual(['#1f4e8c', '#1f4e8c']);
    const strokes = calls.filter((c) => c.op === 'stroke');
    expect(strokes.map((c) => [c.strokeStyle, c.lineWidth])).toEqual([
      [palette.surface, 2],
      [palette.surface, 2],
    ]);
  });

  it('shows the selected mark larger with a dark ring, a dimmed one faint, an approximate one dashed', () => {
    const { ctx, calls } = recordingContext();
    const marks = [markOf('sel', false, 100, 100), markOf('dim', false, 200, 200), markOf('approx', false, 300, 300, { approximate: true })];
    drawMotionFrame(ctx, frame({ layout: { densities: [], marks }, selectedId: 'sel', isDimmed: (id) => id === 'dim' }), palette);
    const arcs = calls.filter((c) => c.op === 'arc');
    expect(arcs.map((c) => c.args[2])).toEqual([8, 6, 6]);
    const strokes = calls.filter((c) => c.op === 'stroke');
    expect(strokes[0]).toMatchObject({ strokeStyle: palette.text, lineWidth: 3 });
    expect(strokes[1]!.globalAlpha).toBeCloseTo(0.28);
    expect(strokes[2]).toMatchObject({ strokeStyle: palette.text, dash: [2, 2] });
  });

  it('draws the span a coarse date names behind its dot, fainter when approximate', () => {
    const { ctx, calls } = recordingContext();
    const wide = { ...markOf('year', false, 500, 500), spanX0Px: 400, spanX1Px: 600 } as MarkView;
    drawMotionFrame(ctx, frame({ layout: { densities: [], marks: [wide] } }), palette);
    const span = calls.find((c) => c.op === 'roundRect')!;
    expect(span.args).toEqual([400, 43, 200, 14, 3]);
    expect(calls.find((c) => c.op === 'fill')!.globalAlpha).toBeCloseTo(0.22);
  });

  it('fills density bands bar by bar, and strokes links in their type colour, the chain on top of the dimmed', () => {
    const { ctx, calls } = recordingContext();
    // Three buckets of 4 px over 10 px: bars 5 px and 2 px tall, an empty one between, the last cut at x1Px.
    const band = { laneId: 'other-lane', barsPx: Float32Array.of(5, 0, 2), bucketPx: 4, x0Px: 0, x1Px: 10, yTopPx: 0, yBottomPx: 10, count: 3 } as DensityView;
    const route = (key: string) => ({ key, path: 'M1,2Q3,4 5,6', arrow: 'M5,6l1,1Z', offscreen: [], apex: { xPx: 3, yPx: 3 } }) as LinkRoute;
    drawMotionFrame(
      ctx,
      frame({
        layout: { marks: [], densities: [band] },
        routes: [route('a'), route('b')],
        linkType: (k) => (k === 'a' ? 'causes' : 'inspired'),
        chain: new Set(['a']),
      }),
      palette,
    );
    expect(
      calls
        .filter((c) => c.op === 'rect')
        .slice(1)
        .map((c) => c.args),
    ).toEqual([
      [0, 5, 4, 5],
      [8, 8, 2, 2],
    ]);
    const fills = calls.filter((c) => c.op === 'fill');
    expect(fills[0]!.args).toEqual([]);
    expect(fills[0]!.fillStyle).toBe(palette.markDefault);
    const strokes = calls.filter((c) => c.op === 'stroke');
    expect(strokes.map((c) => [(c.args[0] as FakePath2D).d, c.strokeStyle, c.lineWidth])).toEqual([
      ['M1,2Q3,4 5,6', palette.links.causes, 3],
      ['M1,2Q3,4 5,6', palette.links.other, 1.6],
    ]);
    expect(strokes[0]!.globalAlpha).toBe(1);
    expect(strokes[1]!.globalAlpha).toBeCloseTo(0.75 * 0.18);
  });
});
