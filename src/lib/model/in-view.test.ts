import { describe, expect, it } from 'vitest';
import { eventsInWindow, sourcesCitedBy, type WindowMs } from './in-view.ts';
import { validateEventGraph } from './validate.ts';
import { utcMs } from './dates.ts';

const { graph } = validateEventGraph({
  version: 1,
  title: 'T',
  sources: [
    { id: 'nato', title: 'Declaration', publisher: 'NATO' },
    { id: 'reuters', title: 'Report', publisher: 'Reuters' },
    { id: 'emp', title: 'Article', publisher: 'Euromaidan Press', via: 'reuters' },
    { id: 'wiki', title: 'Wikipedia' },
  ],
  events: [
    { id: 'year-2007', title: 'All of 2007', start: '2007', sources: ['wiki'] },
    { id: 'summit', title: 'Summit', start: '2008-04-02', end: '2008-04-04', sources: ['nato', 'wiki'] },
    { id: 'speech', title: 'Speech', start: '2008-04-04', sources: ['nato'] },
    { id: 'statement', title: 'Statement', start: '2025-02-18' },
    { id: 'late', title: 'Late', start: '2025-03', sources: ['emp'] },
  ],
  quotes: [{ id: 'q', text: 'Words', event: 'statement', source: 'emp' }],
});

const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

describe('eventsInWindow', () => {
  it.each([
    // window, events shown
    ['everything', null, ['year-2007', 'summit', 'speech', 'statement', 'late']],
    ['2008', [utcMs(2008), utcMs(2009)], ['summit', 'speech']],
    ['the summit’s last day', [utcMs(2008, 4, 4), utcMs(2008, 4, 4, 12)], ['summit', 'speech']],
    ['ends where the summit begins', [utcMs(2008, 3, 1), utcMs(2008, 4, 2)], []],
    ['begins where 2007 ends', [utcMs(2008), utcMs(2008, 2)], []],
    ['the last hour of 2007', [utcMs(2007, 12, 31, 23), utcMs(2008)], ['year-2007']],
    ['inside March 2025', [utcMs(2025, 3, 10), utcMs(2025, 3, 11)], ['late']],
  ] as [string, WindowMs | null, string[]][])('%s', (_, windowMs, shown) => {
    expect(ids(eventsInWindow(graph.events, windowMs))).toEqual(shown);
  });
});

describe('sourcesCitedBy', () => {
  it.each([
    // events, sources: most cited first, then in order of first citation
    [
      ['year-2007', 'summit', 'speech'],
      ['wiki', 'nato'],
    ],
    [
      ['summit', 'speech'],
      ['nato', 'wiki'],
    ],
    [['statement'], ['emp']],
    [['statement', 'late'], ['emp']],
    [[], []],
  ])('%j → %j', (eventIds, sources) => {
    const events = eventIds.map((id) => graph.eventById.get(id)!);
    expect(sourcesCitedBy(graph, events)).toEqual(sources);
  });
});
