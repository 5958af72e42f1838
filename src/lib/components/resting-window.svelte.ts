// The timeline's window as a linked view (the map, the network) follows it: taken once the timeline
// has rested for a moment, since regrouping or laying out every event at each step of a timeline
// gesture would slow the timeline down. Make it while a component is set up (it runs an effect).
import { untrack } from 'svelte';
import type { WindowMs } from '../model/in-view.ts';

export class RestingWindow {
  current = $state.raw<WindowMs | null>(null);

  constructor(view: { readonly windowMs: WindowMs | null }, restMs: number) {
    this.current = untrack(() => view.windowMs);
    $effect(() => {
      const next = view.windowMs;
      const timer = setTimeout(() => (this.current = next), restMs);
      return () => clearTimeout(timer);
    });
  }
}
