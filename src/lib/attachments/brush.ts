// The one place d3-brush touches the DOM: a horizontal brush on the overview strip that sets the
// date-range filter. The brush reports pixels; its owner turns them into time.
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select, type Selection } from 'd3-selection';

export class BrushController {
  #behavior: BrushBehavior<unknown>;
  #selection: Selection<SVGGElement, unknown, null, undefined> | null = null;
  #quiet = false;

  /** `onBrushed` gets the brushed pixels when a gesture ends, or null when the brush is cleared. */
  constructor(onBrushed: (rangePx: [number, number] | null) => void) {
    this.#behavior = brushX<unknown>().on('end', (event: D3BrushEvent<unknown>) => {
      if (this.#quiet || !event.sourceEvent) return;
      const s = event.selection as [number, number] | null;
      onBrushed(s && s[1] - s[0] > 2 ? s : null);
    });
  }

  /** Use as `{@attach brush.attach}` on a `<g>` inside the overview SVG. */
  attach = (g: SVGGElement) => {
    this.#selection = select(g);
    this.#selection.call(this.#behavior);
    return () => {
      this.#selection?.on('.brush', null);
      this.#selection = null;
    };
  };

  setExtent(x0: number, y0: number, x1: number, y1: number) {
    this.#behavior.extent([
      [x0, y0],
      [x1, y1],
    ]);
    if (this.#selection) this.#selection.call(this.#behavior);
  }

  /** Show a range (from the state, e.g. a link) without reporting it back. */
  show(rangePx: [number, number] | null) {
    if (!this.#selection) return;
    this.#quiet = true;
    this.#behavior.move(this.#selection, rangePx);
    this.#quiet = false;
  }
}
