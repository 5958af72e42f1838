import { describe, expect, it } from 'vitest';
import { LiveState, announce } from './live-state.svelte.ts';
import { MAX_BACKOFF_MS, readLiveParam, writeLiveParam } from './live-param.ts';
import { readUrlView, writeUrlView } from './url-state.ts';

const titles = new Map([
  ['a', { title: 'Talks open in Riyadh' }],
  ['b', { title: 'Ceasefire announced' }],
  ['c', { title: 'Summit postponed' }],
]);
const after = { eventById: titles } as never;

describe('LiveState (what has changed since the page opened)', () => {
  it('flags new and updated events until each is seen, newest first, and announces them', () => {
    const live = new LiveState(60);
    live.updated({ added: ['a'], changed: ['b'], removed: [] }, after, 1000);
    expect(live.changes.map((c) => [c.id, c.flag])).toEqual([
      ['a', 'new'],
      ['b', 'updated'],
    ]);
    expect(live.flagOf('a')).toBe('new');
    expect(live.flagOf('c')).toBeNull();
    expect(live.announcement).toBe('Story updated, 1 new event, 1 event updated: Talks open in Riyadh; Ceasefire announced.');
    live.see('a');
    expect(live.flagOf('a')).toBeNull();
    expect(live.unseen.map((c) => c.id)).toEqual(['b']);
    live.seeAll();
    expect(live.unseen).toEqual([]);
    // Still listed as what came since the page opened.
    expect(live.changes).toHaveLength(2);
  });

  it('keeps an unseen new event "new" when it changes again; a seen one becomes "updated" and unseen; a removed one is forgotten', () => {
    const live = new LiveState(60);
    live.updated({ added: ['a', 'c'], changed: [], removed: [] }, after, 1);
    live.see('c');
    live.updated({ added: [], changed: ['a', 'c'], removed: [] }, after, 2);
    expect(live.flagOf('a')).toBe('new');
    expect(live.flagOf('c')).toBe('updated');
    live.updated({ added: [], changed: [], removed: ['a'] }, after, 3);
    expect(live.changes.map((c) => c.id)).toEqual(['c']);
  });

  it('backs off after failures (doubling, at most 30 minutes), keeps a note with the first problem, and clears both on success', () => {
    const live = new LiveState(5);
    expect(live.delayMs()).toBe(5_000);
    live.failed(
      [{ severity: 'error', path: 'events[3].start', message: '"2025-02-30" is not a date', fix: 'write a real day' }],
      '1 error in the data file',
      10,
    );
    expect(live.note).toEqual({ message: '"2025-02-30" is not a date (events[3].start)', at: 10, retryMs: 10_000 });
    live.failed([], 'example.org could not be reached', 20);
    expect(live.note?.message).toBe('example.org could not be reached');
    expect(live.delayMs()).toBe(20_000);
    for (let i = 0; i < 20; i++) live.failed([], 'down');
    expect(live.delayMs()).toBe(MAX_BACKOFF_MS);
    live.unchanged(30);
    expect(live.note).toBeNull();
    expect(live.delayMs()).toBe(5_000);
  });

  it('is not live without an interval', () => {
    const live = new LiveState(null);
    expect(live.active).toBe(false);
    expect(live.delayMs()).toBe(false);
  });

  it('names at most three events in an announcement', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    expect(announce({ added: ids, changed: [], removed: ['x'] }, (id) => id.toUpperCase())).toBe(
      'Story updated, 5 new events, 1 event removed: A; B; C; and 2 more.',
    );
  });
});

describe('the live setting (?live, <source-line live>)', () => {
  it.each([
    [null, null, undefined],
    ['', 60, undefined],
    ['true', 60, undefined],
    ['false', null, undefined],
    ['30', 30, undefined],
    ['2', 5, 'live=2 is under the 5-second minimum: checking every 5 s'],
    ['999999', 86_400, 'live=999999 is over a day: checking once a day'],
    ['soon', 60, 'live=soon is not a number of seconds: checking every 60 s'],
  ])('reads %j as %j seconds', (value, seconds, note) => {
    expect(readLiveParam(value)).toEqual({ seconds, ...(note ? { note } : {}) });
  });

  it('round-trips through a link: a bare flag for the default, a number otherwise', () => {
    expect(writeLiveParam(60)).toBe('');
    expect(writeUrlView(readUrlView('?src=story.json&live').view)).toBe('?src=story.json&live');
    expect(writeUrlView(readUrlView('?src=story.json&embed&live=5').view)).toBe('?src=story.json&embed&live=5');
    expect(readUrlView('?live=1').ignored).toEqual(['live=1 is under the 5-second minimum: checking every 5 s']);
  });
});
