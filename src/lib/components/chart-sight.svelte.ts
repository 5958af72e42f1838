// What part of a very tall chart the reader can see: with thousands of lanes, the chart lays out and
// draws only those near it (layout's `sight`), and follows the page as it scrolls.
import { untrack } from 'svelte';
import { MANY_LANES, sightBand } from '../layout/chart-view.ts';

export type Sight = { readonly topPx: number; readonly bottomPx: number };

export class ChartSight {
  #measured = $state<Sight | null>(null);
  readonly #many: () => boolean;

  /** Null when every lane is drawn (fewer than MANY_LANES); before it is measured, the first screens. */
  get band(): Sight | null {
    if (!this.#many()) return null;
    return this.#measured ?? sightBand(0, typeof window === 'undefined' ? 1000 : window.innerHeight);
  }

  constructor(element: () => Element | undefined, laneCount: () => number) {
    this.#many = () => laneCount() >= MANY_LANES;
    $effect(() => {
      const el = element();
      if (!el || !this.#many()) return;
      let frame = 0;
      const measure = () => {
        frame = 0;
        const next = sightBand(el.getBoundingClientRect().top, window.innerHeight);
        const now = untrack(() => this.#measured);
        if (!now || now.topPx !== next.topPx || now.bottomPx !== next.bottomPx) this.#measured = next;
      };
      const later = () => (frame ||= requestAnimationFrame(measure));
      untrack(measure);
      // Any scroll: the page's, or that of a box the chart is in.
      addEventListener('scroll', later, { capture: true, passive: true });
      addEventListener('resize', later, { passive: true });
      return () => {
        cancelAnimationFrame(frame);
        removeEventListener('scroll', later, { capture: true });
        removeEventListener('resize', later);
      };
    });
  }
}
