// A presentation's position, shared by the presentation window and the presenter's window: its
// steps, the current one, moving between them, and keeping both windows on the same step.
import type { EventGraph } from '../model/graph.ts';
import { presentationSteps, type PresentationStep } from '../model/story.ts';
import { openPresentationChannel } from '../dom/presentation-channel.ts';
import type { PresentationState } from './presentation-state.svelte.ts';

export class Presentation {
  readonly steps: readonly PresentationStep[];
  readonly #view: PresentationState;

  constructor(graph: EventGraph, view: PresentationState) {
    this.steps = presentationSteps(graph);
    this.#view = view;
  }

  get total(): number {
    return this.steps.length;
  }

  /** The current step, counting from 0, within the steps there are. */
  get index(): number {
    return Math.min(Math.max(this.#view.step, 1), Math.max(this.total, 1)) - 1;
  }

  get step(): PresentationStep | undefined {
    return this.steps[this.index];
  }

  go(n: number) {
    this.#view.step = Math.min(Math.max(n, 1), this.total);
  }

  /** The clicker's keys: → Space PageDown next, ← PageUp back, Home and End. True when the key was one. */
  handleKey(key: string): boolean {
    const step = this.#view.step;
    if (key === 'ArrowRight' || key === ' ' || key === 'PageDown') this.go(step + 1);
    else if (key === 'ArrowLeft' || key === 'PageUp') this.go(step - 1);
    else if (key === 'Home') this.go(1);
    else if (key === 'End') this.go(this.total);
    else return false;
    return true;
  }

  /**
   * Keeps this window in step with the other one (call inside an effect: it returns the cleanup).
   * Either window can lead.
   */
  sync(channelName: string): () => void {
    const channel = openPresentationChannel(channelName, (n) => {
      if (n !== this.#view.step) this.#view.step = n;
    });
    const stop = $effect.root(() => {
      $effect(() => channel.send(this.#view.step));
    });
    return () => {
      stop();
      channel.close();
    };
  }
}
