// @vitest-environment happy-dom
// The problem list: problems alike are listed once with "and N more like it"; opened, the others are
// listed, and stay listed when the same problems are given again as new objects (data read anew).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import type { Problem } from '../model/problems.ts';
import ProblemList from './ProblemList.svelte';

afterEach(cleanup);

const problems = (): Problem[] => [
  ...[8, 9, 10].map((row) => ({ severity: 'warning' as const, path: `row ${row}, column Year`, message: 'is not a year', fix: 'Write a year.' })),
  { severity: 'warning', path: 'column Mood', message: 'is not a column', fix: 'Rename it.' },
];

async function openAlike(container: HTMLElement) {
  const details = container.querySelector<HTMLDetailsElement>('details.alike')!;
  details.open = true;
  details.dispatchEvent(new Event('toggle'));
  await tick();
}

describe('ProblemList', () => {
  it('lists problems alike once, and the others when opened', async () => {
    const { container } = render(ProblemList, { props: { problems: problems() } });
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('details.alike summary')?.textContent).toMatch(/2 more like it/);
    await openAlike(container);
    expect(container.querySelectorAll('li')).toHaveLength(4);
  });

  it('keeps an opened group listed when the same problems come again as new objects', async () => {
    const { container, rerender } = render(ProblemList, { props: { problems: problems() } });
    await openAlike(container);
    await rerender({ problems: problems() });
    expect(container.querySelector<HTMLDetailsElement>('details.alike')?.open).toBe(true);
    expect(container.querySelectorAll('li')).toHaveLength(4);
  });
});
