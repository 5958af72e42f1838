import { describe, expect, it } from 'vitest';
import { checkEventGraph } from '../validate.ts';
import { applyOps, type DraftFile } from './draft-ops.ts';
import { DraftChecker } from './draft-check.ts';
import { addItem, setField, renameId } from './draft-edits.ts';
import smallGraph from '../small-graph.fixture.json';

const base = smallGraph as unknown as DraftFile;

/** Each bad value an author may type, as an edit of the fixture. */
const BAD_EDITS = [
  ['an impossible date', setField('events', 0, 'start', '2025-02-30')],
  ['an end before the start', setField('events', 0, 'end', '1990')],
  ['a javascript: address', setField('sources', 0, 'url', 'javascript:alert(1)')],
  ['an empty title', setField('events', 1, 'title', '')],
  ['a link to nothing', setField('links', 0, 'to', 'nowhere')],
  ['a hex colour that is not one', setField('actors', 0, 'color', 'red')],
] as const;

describe('DraftChecker', () => {
  it('gives the loader’s verdict on a valid file', () => {
    const checker = new DraftChecker();
    const ours = checker.check(base);
    const loader = checkEventGraph(base);
    expect(ours.problems).toEqual(loader.problems);
    expect(ours.data).toEqual(loader.data);
  });

  it.each(BAD_EDITS)('refuses %s with the loader’s message, at its path', (_what, edit) => {
    const checker = new DraftChecker();
    checker.check(base);
    const doc = applyOps(base, edit.ops).doc;
    const ours = checker.check(doc);
    expect(ours.data).toBeNull();
    expect(ours.problems).toEqual(checkEventGraph(doc).problems);
    expect(ours.problems[0]!.severity).toBe('error');
  });

  it('finds a duplicate id as the loader does', () => {
    const checker = new DraftChecker();
    const events = (base.events as { id: string }[]).map((e) => e.id);
    const doc = applyOps(base, renameId(base, 'events', 1, events[0]!).ops).doc;
    expect(checker.check(doc).problems).toEqual(checkEventGraph(doc).problems);
    expect(checker.check(doc).problems[0]!.message).toContain('is already the id of');
  });

  it('keeps warnings current as the draft changes', () => {
    const checker = new DraftChecker();
    const doc = applyOps(base, addItem(base, 'events', { id: 'new', title: 'New', start: '2020' }).ops).doc;
    const check = checker.check(doc);
    expect(check.data).not.toBeNull();
    expect(check.problems.some((p) => p.severity === 'warning' && p.message.includes('"new" rests on no source'))).toBe(true);
    expect(check.problems).toEqual(checkEventGraph(doc).problems);
  });
});
