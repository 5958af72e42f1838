// Presentation mode's place in the view: whether the show (or the presenter's window) is on, and the
// step shown, counting from 1 as a teacher would say it. Stepping over a graph is presentation.svelte.ts.
export class PresentationState {
  presenting = $state(false);
  /** This window is the presenter's (notes, next step), in step with the presentation window. */
  presenter = $state(false);
  step = $state(1);

  /** Start the show from its first step. */
  start() {
    this.step = 1;
    this.presenting = true;
  }

  leave() {
    this.presenting = false;
  }
}
