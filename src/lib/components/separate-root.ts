// A part of the page drawn as a Svelte root of its own (SeparateRoot.svelte), so that taking a drawn
// page over is more than one task: the page's hydrate() leaves each such part's drawing as the
// server made it, and the part is taken over in a task of its own right after (takeOverParts, from
// main.ts). On the server the part is drawn in place, with the markers a root of its own has.
import { tick, type Component } from 'svelte';
import { setTakingOver } from '../dom/prerendered-page.ts';
import { yieldToPage } from '../data/yield-to-page.ts';
import SeparateRoot from './SeparateRoot.svelte';
import SeparateRootOnServer from './SeparateRootOnServer.svelte';

/** SeparateRoot's props: the part and its props (read afresh each time: they stay live in the part; the same keys each time). */
export interface SeparateRootProps<P extends Record<string, unknown>> {
  readonly component: Component<P>;
  readonly props: P;
  /** Drawn inside SVG: the box is a <g>, not a <div>. */
  readonly svg?: boolean;
}

/** The component that draws a part as a root of its own: the server's drawing of it, or the browser's. */
export const PartOfItsOwn = (typeof window === 'undefined' ? SeparateRootOnServer : SeparateRoot) as typeof SeparateRoot;

const waiting: (() => void)[] = [];

/** A part to take over after the page (in its own task); returns a function that withdraws it. */
export function takeOverLater(part: () => void): () => void {
  waiting.push(part);
  return () => {
    const at = waiting.indexOf(part);
    if (at >= 0) waiting.splice(at, 1);
  };
}

/** Whether parts wait to be taken over. */
export const partsWaiting = () => waiting.length;

/**
 * Takes the waiting parts over, each in a task of its own, in the order they were drawn, as the
 * page's own take-over does (at the server's width). A part that fails says so in its place
 * (SeparateRoot.svelte); the others are taken over all the same.
 */
export async function takeOverParts(): Promise<void> {
  // The parts ask to be taken over from the page's effects, which run once its hydrate() is flushed.
  await tick();
  while (waiting.length > 0) {
    await yieldToPage();
    const part = waiting.shift();
    if (!part) continue;
    performance.mark('sourceline:taking-over-part');
    setTakingOver(true);
    try {
      part();
    } catch (error) {
      console.error('Sourceline could not take a part of the drawn page over:', error);
    } finally {
      setTakingOver(false);
    }
    // A part's own parts ask to be taken over from its effects.
    await tick();
  }
}

/** An object each of whose properties is read afresh from its function (props a part reads live). */
export function readingEach<T extends Record<string, unknown>>(read: { readonly [K in keyof T]: () => T[K] }): T {
  const live = {};
  for (const key of Object.keys(read)) Object.defineProperty(live, key, { enumerable: true, get: read[key] });
  return live as T;
}

/** Props that read the holder's props as they are now, so the part follows them. */
export const liveProps = <P extends Record<string, unknown>>(read: () => P, keys: readonly string[]): P =>
  readingEach(Object.fromEntries(keys.map((key) => [key, () => read()[key]])) as { [K in keyof P]: () => P[K] });
