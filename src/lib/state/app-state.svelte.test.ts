// @vitest-environment happy-dom
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import type { DatasetSource } from '../data/dataset-source.ts';
import { createAppState } from './app-state.svelte.ts';
import { keepUrlInStep } from './url-sync.svelte.ts';
import { readUrlView } from './url-state.ts';
import { fullViewUrl, linkQuery, presenterUrl, toUrlView } from './view-links.ts';

const story: DatasetSource = { kind: 'url', href: 'http://localhost/data/story.json', param: 'data/story.json' };
const other: DatasetSource = { kind: 'url', href: 'http://localhost/data/other.json', param: 'data/other.json' };
const graph = (ids: string[]) => ({ eventById: new Map(ids.map((id) => [id, {}])), actorById: new Map(), sourceById: new Map(), events: [] });

describe('the window, the one truth for what is on screen', () => {
  it('is taken from a link, and written back into links', () => {
    const app = createAppState(story, readUrlView('?t=2008-01-01..2009-01-01').view);
    expect(app.view.windowMs).toEqual([Date.UTC(2008, 0, 1), Date.UTC(2009, 0, 1)]);
    expect(linkQuery(app)).toBe('?src=data/story.json&t=2008-01-01..2009-01-01');
  });
  it('is set at once when no chart is drawn, and by the chart (animated) when one is', () => {
    const app = createAppState(story);
    app.view.showWindow([1, 2], { animate: true });
    expect(app.view.windowMs).toEqual([1, 2]);
    const chart = { show: vi.fn(), reveal: vi.fn() };
    const disconnect = app.view.connectChart(chart);
    app.view.showWindow([3, 4], { animate: true });
    expect(chart.show).toHaveBeenCalledWith([3, 4], undefined);
    expect(app.view.windowMs).toEqual([1, 2]);
    app.view.chartShowed([3, 4], [0, 10]);
    expect(app.view.windowMs).toEqual([3, 4]);
    disconnect();
    app.view.showWindow(null, { animate: true });
    expect(app.view.windowMs).toBeNull();
  });
  it('keeps its value when the chart reports the same window again', () => {
    const app = createAppState(story);
    app.view.chartShowed([1, 2], [0, 10]);
    const before = app.view.windowMs;
    app.view.chartShowed([1, 2], [0, 10]);
    expect(app.view.windowMs).toBe(before);
  });
  it('names the whole extent while everything is shown', () => {
    const app = createAppState(story);
    expect(app.view.shownMs).toBeNull();
    app.view.chartShowed(null, [0, 10]);
    expect(app.view.shownMs).toEqual([0, 10]);
    app.view.chartShowed([2, 3], [0, 10]);
    expect(app.view.shownMs).toEqual([2, 3]);
  });
});

describe('a presentation step: a window, then an event kept in sight', () => {
  it('asks the chart to keep the event in sight once there, or once a chart is drawn', () => {
    const app = createAppState(story);
    app.view.showWindow([1, 2], { animate: true, inSight: 'b' });
    const chart = { show: vi.fn(), reveal: vi.fn() };
    app.view.connectChart(chart);
    expect(chart.show).toHaveBeenCalledWith([1, 2], 'b');
    app.view.showWindow([3, 4], { animate: true, inSight: 'c' });
    expect(chart.show).toHaveBeenLastCalledWith([3, 4], 'c');
  });
});

describe('bringing an event into view', () => {
  it("waits for a chart: a link's event is revealed once one is drawn", () => {
    const app = createAppState(story, readUrlView('?event=b').view);
    const chart = { show: vi.fn(), reveal: vi.fn() };
    app.view.connectChart(chart);
    expect(chart.reveal).toHaveBeenCalledWith('b');
    app.view.select('c', { reveal: true });
    expect(chart.reveal).toHaveBeenLastCalledWith('c');
    expect(app.view.panel).toBe('details');
  });
  it('a link with a window keeps its window rather than revealing the event', () => {
    const app = createAppState(story, readUrlView('?event=b&t=2008-01-01..2009-01-01').view);
    const chart = { show: vi.fn(), reveal: vi.fn() };
    app.view.connectChart(chart);
    expect(chart.reveal).not.toHaveBeenCalled();
  });
  it('an event the data does not have is dropped, said, and never revealed', () => {
    const app = createAppState(story, readUrlView('?event=gone').view);
    app.view.dropStale(graph(['a']));
    expect(app.view.selectedId).toBeNull();
    expect(app.view.ignored).toEqual(['event=gone: there is no such event in this dataset']);
    const chart = { show: vi.fn(), reveal: vi.fn() };
    app.view.connectChart(chart);
    expect(chart.reveal).not.toHaveBeenCalled();
  });
  it('a later version of the same dataset that removed the selected event closes it without calling it an ignored setting', () => {
    const app = createAppState(story, readUrlView('?event=b').view);
    app.view.dropStale(graph(['a', 'b']));
    app.view.dropStale(graph(['a']), false);
    expect(app.view.selectedId).toBeNull();
    expect(app.view.ignored).toEqual([]);
  });
});

describe('loading', () => {
  it('a new dataset starts afresh: nothing selected, searched or filtered, all of it in view', () => {
    const app = createAppState(story, readUrlView('?event=a&q=x&tag=t&t=2008-01-01..2009-01-01').view);
    app.load.open(other);
    expect(toUrlView(app)).toMatchObject({ src: 'data/other.json', event: null, search: '', tags: [], window: null });
  });
  it('going back after a file that could not be shown restores the dataset and the whole view', () => {
    const search = '?src=data/story.json&event=a&t=2008-01-01..2009-01-01&q=summit&tag=civil+war&actor=nato&panel=sources';
    const app = createAppState(story, readUrlView(search).view);
    app.load.loaded();
    const before = linkQuery(app);
    app.load.open(other);
    expect(app.load.canGoBack).toBe(true);
    app.load.back();
    expect(app.load.source).toBe(story);
    expect(linkQuery(app)).toBe(before);
  });
  it('a dataset that never loaded is not gone back to', () => {
    const app = createAppState(story);
    app.load.open(other);
    expect(app.load.canGoBack).toBe(false);
  });
  it('cancelling goes back to the dataset that loaded, and says what was cancelled', () => {
    const app = createAppState(story, readUrlView('?event=a').view);
    app.load.loaded();
    app.load.open(other);
    app.load.cancel();
    expect(app.load.source).toBe(story);
    expect(app.load.cancelled).toBe(other);
    expect(app.view.selectedId).toBe('a');
  });
});

describe('links to the view', () => {
  it('the presenter window: same step, notes shown', () => {
    const app = createAppState(story, readUrlView('?present&step=3').view, { pageUrl: 'https://x.example/app/?present&step=3' });
    expect(presenterUrl(app)).toBe('https://x.example/app/?src=data/story.json&step=3&presenter');
  });
  it("from a web component, the full view names the data's full address", () => {
    const app = createAppState(story, {}, { embed: true, pageUrl: 'https://news.example/article', appUrl: 'https://cdn.example/sourceline/' });
    expect(fullViewUrl(app)).toBe('https://cdn.example/sourceline/?src=http://localhost/data/story.json');
  });
});

describe('the page URL in step with the view', () => {
  function fakeWindow(search: string) {
    const listeners = new Map<string, () => void>();
    const win = {
      location: { pathname: '/', search, hash: '' },
      history: {
        pushState: vi.fn((_: unknown, __: string, href: string) => (win.location.search = href.slice(1))),
        replaceState: vi.fn((_: unknown, __: string, href: string) => (win.location.search = href.slice(1))),
      },
      addEventListener: (type: string, f: () => void) => listeners.set(type, f),
      removeEventListener: (type: string) => listeners.delete(type),
      fire: (type: string) => listeners.get(type)?.(),
    };
    return win;
  }
  it('a selection is a step in history; Back brings the earlier view back', () => {
    vi.useFakeTimers();
    const win = fakeWindow('?src=data/story.json');
    const app = createAppState(story, readUrlView(win.location.search).view);
    const stop = $effect.root(() => keepUrlInStep(app, win as unknown as Window));
    flushSync();
    app.view.select('a');
    flushSync();
    expect(win.history.pushState).toHaveBeenCalledWith(null, '', '/?src=data/story.json&event=a');
    win.location.search = '?src=data/story.json';
    win.fire('popstate');
    expect(app.view.selectedId).toBeNull();
    stop();
    vi.useRealTimers();
  });
  it('other changes replace the entry once the view rests', () => {
    vi.useFakeTimers();
    const win = fakeWindow('?src=data/story.json');
    const app = createAppState(story, readUrlView(win.location.search).view);
    const stop = $effect.root(() => keepUrlInStep(app, win as unknown as Window));
    flushSync();
    app.view.search = 'summit';
    flushSync();
    expect(win.history.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(win.history.replaceState).toHaveBeenCalledWith(null, '', '/?src=data/story.json&q=summit');
    stop();
    vi.useRealTimers();
  });
  it('Back to a step with another dataset opens it again', () => {
    const win = fakeWindow('?src=data/other.json');
    const app = createAppState(other, readUrlView(win.location.search).view, { pageUrl: 'http://localhost/' });
    const stop = $effect.root(() => keepUrlInStep(app, win as unknown as Window));
    flushSync();
    win.location.search = '?src=data/story.json&event=a';
    win.fire('popstate');
    expect(app.load.source).toMatchObject({ kind: 'url', param: 'data/story.json' });
    expect(app.view.selectedId).toBe('a');
    stop();
  });
});
