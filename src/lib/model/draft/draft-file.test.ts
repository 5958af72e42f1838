import { describe, expect, it } from 'vitest';
import { parseEventGraph } from '../json-file.ts';
import smallGraph from '../small-graph.fixture.json';
import { referenceProblems } from '../references.ts';
import { applyOps, type DraftFile } from './draft-ops.ts';
import { draftFromGraph, draftJson, idProblem, problemsAt } from './draft-file.ts';
import { setField } from './draft-edits.ts';

const graph = parseEventGraph(JSON.stringify(smallGraph)).graph;

describe('draft files', () => {
  it('a loaded graph becomes a draft that downloads as the same chronology', () => {
    const draft = draftFromGraph(graph);
    const out = draftJson(draft, 'https://example.org/schema/v1.json');
    if (!out.ok) throw new Error('refused');
    expect(Object.keys(JSON.parse(out.text)).slice(0, 3)).toEqual(['$schema', 'version', 'title']);
    const again = parseEventGraph(out.text).graph;
    expect(again.events.map((e) => [e.id, e.start.text, e.end?.text])).toEqual(graph.events.map((e) => [e.id, e.start.text, e.end?.text]));
  });

  it('refuses to write a draft with errors, and lists them', () => {
    const draft = applyOps(draftFromGraph(graph), setField('events', 0, 'start', '2025-02-30').ops).doc;
    const out = draftJson(draft, '');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors[0]!.message).toContain('February 2025 has 28 days');
  });

  it('finds the problems of one field', () => {
    const problems = [
      { severity: 'error', path: 'events[1].actors[0]', message: '', fix: '' },
      { severity: 'error', path: 'events[10].actors', message: '', fix: '' },
    ] as const;
    expect(problemsAt(problems, 'events[1].actors')).toHaveLength(1);
  });

  it('checks a typed id as the loader would', () => {
    const draft: DraftFile = draftFromGraph(graph);
    const taken = String((draft.events as { id: string }[])[1]!.id);
    const problem = idProblem(draft, 'events', 0, taken)!;
    // The loader, given the same file, says the same of the other item.
    const loader = referenceProblems(applyOps(draft, setField('events', 0, 'id', taken).ops).doc)[0]!;
    expect(problem.message.replace(/\[\d+\]/, '')).toBe(loader.message.replace(/\[\d+\]/, ''));
    expect(idProblem(draft, 'events', 0, 'has space')!.message).toContain('is not a usable id');
    expect(idProblem(draft, 'events', 0, 'free-id')).toBeNull();
  });
});
