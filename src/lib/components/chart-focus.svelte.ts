// Keyboard focus among the chart's event marks: the event last focused (it keeps the tab stop),
// focus moved to an event that is drawn only once it has been brought into view, and a focused mark
// given focus back after a zoom (its SVG is hidden while the canvas draws the motion).
import { tick } from 'svelte';

export class ChartFocus {
  focusedId = $state<string | null>(null);
  #pending: string | null = null;
  #restore: string | null = null;
  readonly #svg: () => SVGSVGElement | undefined;

  constructor(svg: () => SVGSVGElement | undefined) {
    this.#svg = svg;
  }

  mark(id: string): SVGGElement | null {
    return this.#svg()?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(id)}"]`) ?? null;
  }

  /** Move focus to an event, once `reveal` has brought it into view and its mark is drawn. */
  async moveTo(id: string, reveal: (id: string) => void) {
    this.focusedId = this.#pending = id;
    reveal(id);
    await tick();
    this.flush();
  }

  /** Focus the event asked for, if its mark is drawn now (call after each layout). */
  flush() {
    const element = this.#pending ? this.mark(this.#pending) : null;
    if (!element) return;
    element.focus();
    this.#pending = null;
  }

  /** A zoom begins: remember the mark that has focus. */
  holdDuringZoom() {
    const active = document.activeElement;
    this.#restore = active && this.#svg()?.contains(active) ? active.getAttribute('data-event-id') : null;
  }

  /** The zoom rests: give focus back, unless the reader has moved it elsewhere meanwhile. */
  restoreAfterZoom() {
    const id = this.#restore;
    this.#restore = null;
    if (id && (!document.activeElement || document.activeElement === document.body)) this.mark(id)?.focus({ preventScroll: true });
  }
}
