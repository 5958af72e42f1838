// What the reader pressed on a drawn page before the app took it over (start-early.js keeps the
// elements: a mark, a button, a file input whose file was chosen), done again once the app runs on
// the same elements, in order, so that a press in the page's first half second is not lost. Only
// elements still in the page are pressed.

type Scope = { __sourcelineEarlyPresses?: Element[] };

/** The presses kept so far, taken (the list is emptied: each is done once). */
export function takeEarlyPresses(scope: Scope = globalThis as Scope): Element[] {
  const presses = scope.__sourcelineEarlyPresses ?? [];
  delete scope.__sourcelineEarlyPresses;
  return presses;
}

/**
 * Presses each element kept, as a click (the app's marks and buttons act on a click); a file input
 * kept is told again that its file was chosen (it still holds it).
 */
export function replayEarlyPresses(scope: Scope = globalThis as Scope): number {
  let done = 0;
  for (const element of takeEarlyPresses(scope)) {
    if (!element.isConnected) continue;
    const chosen = element instanceof HTMLInputElement && element.type === 'file';
    if (chosen && !element.files?.length) continue;
    element.dispatchEvent(chosen ? new Event('change', { bubbles: true }) : new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    done++;
  }
  return done;
}
