// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { replayEarlyPresses } from './early-presses.ts';
import { runStartEarly } from './start-early.testkit.ts';

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

  it('tells a file input kept that its file was chosen, when it still holds one', () => {
    document.body.innerHTML = '<input id="chosen" type="file" /><input id="emptied" type="file" />';
    const [chosen, emptied] = ['chosen', 'emptied'].map((id) => document.getElementById(id) as HTMLInputElement);
    Object.defineProperty(chosen, 'files', { value: [new File(['{}'], 'story.json')] });
    const changed: string[] = [];
    document.addEventListener('change', (e) => changed.push((e.target as Element).id));
    document.addEventListener('click', (e) => changed.push(`click ${(e.target as Element).id}`));
    expect(replayEarlyPresses({ __sourcelineEarlyPresses: [chosen!, emptied!] })).toBe(1);
    expect(changed).toEqual(['chosen']);
  });
});

describe('start-early.js keeping presses on a drawn page', () => {
  it('keeps a press before the app has taken the page over, and nothing else does it meanwhile; once taken over, lets it through', async () => {
    document.documentElement.removeAttribute('data-app');
    document.body.innerHTML =
      '<div id="app"><button id="theme">Theme</button><input id="file" type="file" /><div data-waiting><svg><g id="mark" role="button"></g></svg></div></div>';
    // A part of the app already taken over while another is not (separate-root.ts) answers clicks on its root.
    let answered = 0;
    document.getElementById('app')!.addEventListener('click', () => answered++);
    // Its early fetch of the data is not what this is about.
    await runStartEarly({ 'data-prerendered': '' }, { fetch: () => Promise.resolve(new Response('{}')) });
    const scope = globalThis as { __sourcelineEarlyPresses?: Element[] };
    const button = document.getElementById('theme')!;
    button.click();
    expect(scope.__sourcelineEarlyPresses).toEqual([button]);
    expect(answered).toBe(0);
    // A file chosen meanwhile is kept too.
    const file = document.getElementById('file')!;
    file.dispatchEvent(new Event('change', { bubbles: true }));
    expect(scope.__sourcelineEarlyPresses).toEqual([button, file]);
    expect(answered).toBe(0);
    document.documentElement.setAttribute('data-app', '');
    button.click();
    expect(answered).toBe(1);
    // A part the app takes over a moment later (data-waiting) still has its presses kept.
    const mark = document.getElementById('mark')!;
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(scope.__sourcelineEarlyPresses).toEqual([button, file, mark]);
    expect(answered).toBe(1);
    mark.parentElement!.parentElement!.removeAttribute('data-waiting');
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(answered).toBe(2);
    expect(scope.__sourcelineEarlyPresses).toHaveLength(3);
    delete scope.__sourcelineEarlyPresses;
    document.documentElement.removeAttribute('data-app');
  });
});
