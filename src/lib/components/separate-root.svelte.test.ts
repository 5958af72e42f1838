// @vitest-environment happy-dom
// A part drawn as a root of its own: in the browser it is mounted in its box (no room of its own),
// with its holder's context and live props, a fault shown by the holder's boundary, and unmounted
// with its holder. Taking a drawn page over leaves it to takeOverParts, a part at a time, each in a
// task of its own, at the server's width. (That the server's drawing is taken over node for node:
// e2e/prerendered.spec.ts.)
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import { firstDrawingWidth, PRERENDER_WIDTH_PX } from '../dom/prerendered-page.ts';
import { liveProps, partsWaiting, takeOverLater, takeOverParts } from './separate-root.ts';
import SeparateRootHolder from './testing/SeparateRootHolder.svelte';

afterEach(cleanup);

describe('a part drawn as a root of its own', () => {
  it('is drawn in a box of its own, with its holder’s context, and follows its props', async () => {
    const { container, rerender } = render(SeparateRootHolder, { props: { count: 1 } });
    const box = container.querySelector('.separate-root')!;
    expect(box.tagName).toBe('DIV');
    expect(box.querySelector('[data-part]')?.textContent).toBe('hello: 1');
    await rerender({ count: 2 });
    flushSync();
    expect(box.querySelector('[data-part]')?.textContent).toBe('hello: 2');
    expect(partsWaiting()).toBe(0);
  });

  it('is unmounted with its holder', async () => {
    let destroyed = 0;
    const { container, rerender } = render(SeparateRootHolder, { props: { count: 1, ondestroy: () => destroyed++ } });
    await rerender({ shown: false });
    flushSync();
    expect(container.querySelector('[data-part]')).toBeNull();
    expect(destroyed).toBe(1);
  });

  it('shows a fault where its holder’s boundary shows one', async () => {
    const { container, findByRole, rerender } = render(SeparateRootHolder, { props: { count: 1 } });
    await rerender({ fail: true });
    expect((await findByRole('alert')).textContent).toBe('failed: the part broke');
    expect(container.querySelector('[data-part]')).toBeNull();
  });
});

describe('takeOverParts', () => {
  it('takes the parts over in order, each in a later task, at the server’s width', async () => {
    const seen: string[] = [];
    const widths: (number | undefined)[] = [];
    takeOverLater(() => {
      seen.push('chart');
      widths.push(firstDrawingWidth());
    });
    const withdrawn = takeOverLater(() => seen.push('withdrawn'));
    takeOverLater(() => {
      seen.push('overview');
      throw new Error('a part that fails leaves the others to be taken over');
    });
    withdrawn();
    const errors: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const done = takeOverParts();
      // Not in the task that asked: the page's own take-over is a task of its own.
      expect(seen).toEqual([]);
      await done;
    } finally {
      console.error = error;
    }
    expect(seen).toEqual(['chart', 'overview']);
    expect(widths).toEqual([PRERENDER_WIDTH_PX]);
    expect(firstDrawingWidth()).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(partsWaiting()).toBe(0);
  });

  it('takes over the parts a part asks for from its effects (the chart’s marks), and those the page asked for so', async () => {
    const seen: string[] = [];
    // The page's parts ask once its hydrate() is flushed, as a part's own parts do once its is.
    void Promise.resolve().then(() =>
      takeOverLater(() => {
        seen.push('chart');
        void Promise.resolve().then(() => takeOverLater(() => seen.push('marks')));
      }),
    );
    await takeOverParts();
    expect(seen).toEqual(['chart', 'marks']);
    await tick();
  });

  it('gives a part props that read its holder’s as they are now', () => {
    let props: Record<string, unknown> = { a: 1, b: 'x' };
    const live = liveProps(() => props, ['a', 'b']);
    expect({ ...live }).toEqual({ a: 1, b: 'x' });
    props = { a: 2, b: 'y' };
    expect(live.a).toBe(2);
    expect(Object.keys(live)).toEqual(['a', 'b']);
  });
});
