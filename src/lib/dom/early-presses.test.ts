// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
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

describe('start-early.js keeping presses on a drawn page', () => {
  it('keeps a press before the app has taken the page over, and nothing else does it meanwhile; once taken over, lets it through', () => {
    document.documentElement.removeAttribute('data-app');
    document.body.innerHTML = '<div id="app"><button id="theme">Theme</button></div>';
    // A part of the app already taken over while another is not (separate-root.ts) answers clicks on its root.
    let answered = 0;
    document.getElementById('app')!.addEventListener('click', () => answered++);
    const script = document.createElement('script');
    script.setAttribute('data-prerendered', '');
    const source = readFileSync('public/start-early.js', 'utf8');
    Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
    // Its early fetch of the data is not what this is about.
    const fetch = globalThis.fetch;
    globalThis.fetch = () => Promise.resolve(new Response('{}'));
    try {
      new Function(source)();
    } finally {
      delete (document as { currentScript?: unknown }).currentScript;
      globalThis.fetch = fetch;
    }
    const scope = globalThis as { __sourcelineEarlyPresses?: Element[] };
    const button = document.getElementById('theme')!;
    button.click();
    expect(scope.__sourcelineEarlyPresses).toEqual([button]);
    expect(answered).toBe(0);
    document.documentElement.setAttribute('data-app', '');
    button.click();
    expect(answered).toBe(1);
    expect(scope.__sourcelineEarlyPresses).toHaveLength(1);
    delete scope.__sourcelineEarlyPresses;
    document.documentElement.removeAttribute('data-app');
  });
});
