// The one place d3-brush touches the DOM: a horizontal brush on the overview strip that sets the
// date-range filter. The brush reports pixels; its owner turns them into time. d3-brush is loaded
// when the strip is attached, after the first drawing: nothing can be brushed before the chart is
// there, and the page's start-up code stays within its budget.
import type { BrushBehavior, D3BrushEvent } from 'd3-brush';
import { select, type Selection } from 'd3-selection';

type Extent = [[number, number], [number, number]];

export class BrushController {
  #behavior: BrushBehavior<unknown> | null = null;
  #selection: Selection<SVGGElement, unknown, null, undefined> | null = null;
  #quiet = false;
  #extent: Extent | null = null;
  #shown: [number, number] | null = null;
  readonly #onBrushed: (rangePx: [number, number] | null) => void;

  /** `onBrushed` gets the brushed pixels when a gesture ends, or null when the brush is cleared. */
  constructor(onBrushed: (rangePx: [number, number] | null) => void) {
    this.#onBrushed = onBrushed;
  }

  /** Use as `{@attach brush.attach}` on a `<g>` inside the overview SVG. */
  attach = (g: SVGGElement) => {
    let detached = false;
    void import('d3-brush').then(({ brushX }) => {
      if (detached) return;
      this.#behavior = brushX<unknown>().on('end', (event: D3BrushEvent<unknown>) => {
        if (this.#quiet || !event.sourceEvent) return;
        const s = event.selection as [number, number] | null;
        this.#onBrushed(s && s[1] - s[0] > 2 ? s : null);
      });
      if (this.#extent) this.#behavior.extent(this.#extent);
      this.#selection = select(g);
      this.#selection.call(this.#behavior);
      this.show(this.#shown);
    });
    return () => {
      detached = true;
      this.#selection?.on('.brush', null);
      this.#selection = null;
      this.#behavior = null;
    };
  };

  setExtent(x0: number, y0: number, x1: number, y1: number) {
    this.#extent = [
      [x0, y0],
      [x1, y1],
    ];
    if (!this.#behavior) return;
    this.#behavior.extent(this.#extent);
    if (this.#selection) this.#selection.call(this.#behavior);
  }

  /** Show a range (from the state, e.g. a link) without reporting it back. */
  show(rangePx: [number, number] | null) {
    this.#shown = rangePx;
    if (!this.#selection || !this.#behavior) return;
    this.#quiet = true;
    this.#behavior.move(this.#selection, rangePx);
    this.#quiet = false;
  }
}
