// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { replayEarlyPresses } from './early-presses.ts';

describe('replayEarlyPresses', () => {
  it('clicks each element kept, in order, once; an element no longer in the page is left', () => {
    document.body.innerHTML = '<button id="a"></button><svg><g id="b" role="button"></g></svg><button id="gone"></button>';
    const clicked: string[] = [];
    document.addEventListener('click', (e) => clicked.push((e.target as Element).id));
    const [a, b, gone] = ['a', 'b', 'gone'].map((id) => document.getElementById(id)!);
    gone!.remove();
    const scope = { __sourcelineEarlyPresses: [b!, gone!, a!] };
    expect(replayEarlyPresses(scope)).toBe(2);
    expect(clicked).toEqual(['b', 'a']);
    // Taken: done once only.
    expect('__sourcelineEarlyPresses' in scope).toBe(false);
    expect(replayEarlyPresses(scope)).toBe(0);
    expect(clicked).toEqual(['b', 'a']);
  });
});
