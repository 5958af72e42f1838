import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EDGE_LABEL,
  edgeLabelBox,
  edgeLabelsFor,
  edgeLabelText,
  intersects,
  obstaclesOf,
  placeEdgeLabels,
  type Box,
  type EdgeLabelInput,
} from './edge-labels.ts';
import type { MarkView } from './timeline-layout.ts';

const bounds = { topPx: 36, bottomPx: 600 };
const label = (key: string, side: 'left' | 'right', yPx: number, more: Partial<EdgeLabelInput> = {}): EdgeLabelInput => ({
  key,
  side,
  xPx: side === 'left' ? 136 : 1300,
  yPx,
  widthPx: 150,
  ...more,
});

describe('placeEdgeLabels', () => {
  it('puts a label where its arc crosses the edge when that place is free', () => {
    expect(placeEdgeLabels([label('a', 'left', 200)], [], bounds)).toEqual([{ key: 'a', yPx: 200 + EDGE_LABEL.baselinePx }]);
  });

  it('moves the second of two labels at one place up or down a line, never on top of the first', () => {
    const placed = placeEdgeLabels([label('a', 'left', 200), label('b', 'left', 200)], [], bounds);
    expect(placed).toHaveLength(2);
    const [a, b] = placed.map((p) => edgeLabelBox(label(p.key, 'left', 0), p.yPx));
    expect(intersects(a!, b!)).toBe(false);
    expect(Math.abs(placed[1]!.yPx - placed[0]!.yPx)).toBe(18);
  });

  it('keeps clear of event labels and marks, and leaves a label out when nowhere near is free', () => {
    const wall: Box = { x0: 0, x1: 2000, y0: 150, y1: 260 };
    expect(placeEdgeLabels([label('a', 'right', 200)], [wall], bounds)).toEqual([]);
    const eventLabel: Box = { x0: 140, x1: 300, y0: 190, y1: 208 };
    const [placed] = placeEdgeLabels([label('a', 'left', 200)], [eventLabel], bounds);
    expect(intersects(edgeLabelBox(label('a', 'left', 0), placed!.yPx), eventLabel)).toBe(false);
  });

  it('names an event once per side, however many links lead to it', () => {
    const twice = [label('a', 'right', 200, { target: 'x' }), label('b', 'right', 240, { target: 'x' }), label('c', 'left', 240, { target: 'x' })];
    expect(placeEdgeLabels(twice, [], bounds).map((p) => p.key)).toEqual(['a', 'c']);
  });

  it('places labels on opposite sides independently, and a highlighted link first', () => {
    expect(placeEdgeLabels([label('l', 'left', 200), label('r', 'right', 200)], [], bounds).map((p) => p.yPx)).toEqual([204, 204]);
    const placed = placeEdgeLabels([label('plain', 'left', 200), label('chain', 'left', 200, { first: true })], [], bounds);
    expect(placed[0]).toEqual({ key: 'chain', yPx: 204 });
  });

  it('never places two labels over each other, nor over an obstacle, nor outside the plot (random cases)', () => {
    const arbLabel = fc.record({
      side: fc.constantFrom<'left' | 'right'>('left', 'right'),
      yPx: fc.integer({ min: 0, max: 640 }),
      widthPx: fc.integer({ min: 20, max: 200 }),
    });
    const arbBox = fc.record({
      x0: fc.integer({ min: 0, max: 1400 }),
      w: fc.integer({ min: 5, max: 300 }),
      y0: fc.integer({ min: 0, max: 640 }),
      h: fc.integer({ min: 5, max: 30 }),
    });
    fc.assert(
      fc.property(fc.array(arbLabel, { maxLength: 30 }), fc.array(arbBox, { maxLength: 20 }), (raw, rawBoxes) => {
        const inputs = raw.map((r, i) => label(String(i), r.side, r.yPx, { widthPx: r.widthPx }));
        const obstacles = rawBoxes.map((b) => ({ x0: b.x0, x1: b.x0 + b.w, y0: b.y0, y1: b.y0 + b.h }));
        const boxes = placeEdgeLabels(inputs, obstacles, bounds).map((p) => edgeLabelBox(inputs[Number(p.key)]!, p.yPx));
        for (const [i, a] of boxes.entries()) {
          expect(a.y0).toBeGreaterThanOrEqual(bounds.topPx);
          expect(a.y1).toBeLessThanOrEqual(bounds.bottomPx);
          for (const o of obstacles) expect(intersects(a, o)).toBe(false);
          for (const b of boxes.slice(i + 1)) expect(intersects(a, b)).toBe(false);
        }
      }),
    );
  });
});

describe('edge label text and obstacles', () => {
  it('shortens a long title and points off the plot', () => {
    expect(edgeLabelText('Budapest Memorandum on Security Assurances', 'left')).toBe('‹ Budapest Memorandum on Se…');
    expect(edgeLabelText('Vilnius summit', 'right')).toBe('Vilnius summit ›');
  });
  it('counts each mark, its date span and its label as obstacles', () => {
    const mark = {
      x0Px: 100,
      x1Px: 100,
      spanX0Px: 80,
      spanX1Px: 120,
      yPx: 300,
      label: { text: 'x', xPx: 95, yPx: 280, widthPx: 60, leaderXPx: 100 },
    } as unknown as MarkView;
    expect(obstaclesOf({ marks: [mark], chips: [] })).toEqual([
      { x0: 73, x1: 127, y0: 292, y1: 308 },
      { x0: 93, x1: 157, y0: 266, y1: 284 },
    ]);
  });
});

describe('edgeLabelsFor', () => {
  it('names the far event of each off-screen end, once per side, clear of the layout', () => {
    const route = (key: string, end: 'from' | 'to', side: 'left' | 'right', yPx: number) =>
      ({ key, path: '', arrow: '', apex: { xPx: 0, yPx: 0 }, offscreen: [{ end, side, xPx: side === 'left' ? 136 : 1300, yPx }] }) as never;
    const links: Record<string, { from: string; to: string; type: string }> = {
      a: { from: 'budapest', to: 'here', type: 'references' },
      b: { from: 'budapest', to: 'there', type: 'causes' },
    };
    const labels = edgeLabelsFor(
      [route('a', 'from', 'left', 200), route('b', 'from', 'left', 260)],
      { marks: [], chips: [], heightPx: 600 },
      {
        linkOf: (key) => links[key]!,
        titleOf: (id) => (id === 'budapest' ? 'Budapest Memorandum' : id),
        measure: (s) => s.length * 7,
        topPx: 36,
      },
    );
    expect(labels.map((l) => [l.text, l.target, l.type, l.side])).toEqual([['‹ Budapest Memorandum', 'budapest', 'references', 'left']]);
  });
});
