import { describe, expect, it } from 'vitest';
import { IdAllocator, isUsableId, NamedIds, slugify } from './ids.ts';

describe('slugify', () => {
  it.each([
    ['Ada Lovelace', 'ada-lovelace'],
    ['  Battle of Marathon! ', 'battle-of-marathon'],
    ['Ukraine’s promise', 'ukraines-promise'],
    ['Émile Zola', 'emile-zola'],
    ['Ἀθῆναι', 'ἀθῆναι'],
    ['Москва — Київ', 'москва-київ'],
    ['हिंदी समाचार', 'हिंदी-समाचार'],
    ['\u0301 mark first', 'mark-first'],
    ['!!!', ''],
    ['a'.repeat(70), 'a'.repeat(60)],
    ['word '.repeat(20), Array(12).fill('word').join('-')],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    if (slug) expect(isUsableId(slug)).toBe(true);
  });
});

describe('ids', () => {
  it('IdAllocator hands out "-2", "-3" for ids already taken or reserved', () => {
    const ids = new IdAllocator();
    ids.reserve(['b']);
    expect(['a', 'a', 'b', 'a'].map((id) => ids.take(id))).toEqual(['a', 'a-2', 'b-2', 'a-3']);
  });

  it('NamedIds gives the same name the same id, and different names different ids', () => {
    const named = new NamedIds('group');
    expect(named.idFor('NATO', 'NATO')).toEqual({ id: 'nato', isNew: true });
    expect(named.idFor('Nato', 'Nato')).toEqual({ id: 'nato-2', isNew: true });
    expect(named.idFor('NATO', 'NATO')).toEqual({ id: 'nato', isNew: false });
    expect(named.idFor('???', '???')).toEqual({ id: 'group', isNew: true });
  });

  it.each([
    ['bucharest-summit', true],
    ['e12', true],
    ['a b', false],
    ['-x', false],
    ['', false],
  ])('isUsableId(%j) is %s', (id, usable) => {
    expect(isUsableId(id)).toBe(usable);
  });
});
