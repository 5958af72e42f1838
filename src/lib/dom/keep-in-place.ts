// Keeps what the reader is looking at where it is on screen while the page changes around it (a live
// story's new version: a lane above may grow with a new event): for a short while after, each frame,
// the element's scroller is scrolled by however far the element moved. The reader's own scrolling,
// a key or a touch ends it at once, so it never fights the reader.

/** The nearest ancestor that scrolls vertically (a chart that scrolls its lanes), else the page. */
function scrollerOf(element: Element): Element | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/**
 * Holds the element `find` returns (found again each frame: it may be drawn anew) at the height it has
 * now, for `durationMs`. Returns a function that stops it early.
 */
export function keepInPlace(find: () => Element | null, durationMs = 2_000): () => void {
  const first = find();
  if (!first) return () => {};
  const top = first.getBoundingClientRect().top;
  const until = performance.now() + durationMs;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const) window.removeEventListener(type, stop, true);
  };
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const) window.addEventListener(type, stop, { capture: true, passive: true });
  const step = () => {
    const element = find();
    const moved = element ? element.getBoundingClientRect().top - top : 0;
    if (element && Math.abs(moved) >= 1) {
      const scroller = scrollerOf(element);
      if (scroller) scroller.scrollTop += moved;
      else window.scrollBy(0, moved);
    }
    if (performance.now() < until) frame = requestAnimationFrame(step);
    else stop();
  };
  frame = requestAnimationFrame(step);
  return stop;
}
