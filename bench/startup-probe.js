// Installed before any page script in the start-up runs (page.addInitScript): records when the page
// first shows a drawing (a timeline's marks with their labels; for a page without a timeline, its first
// contentful paint), when the app is ready, and every long task. Navigation start is time 0.
(() => {
  const state = { firstDrawingMs: null, fcpMs: null, readyMs: null, hydratingMs: null, hydratedMs: null, longTasks: [] };
  window.__startup = state;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ startMs: entry.startTime, durationMs: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') state.fcpMs = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {
    state.longTasks = null;
  }
  /** The end of this frame's rendering, from inside a rAF callback. */
  const endOfFrame = (record) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record(performance.now());
    channel.port2.postMessage(null);
  };
  // Shown, not merely in the DOM: a drawn page hides the drawing its HTML holds from a link to another dataset.
  const shown = (selector) => document.querySelector(selector)?.checkVisibility({ visibilityProperty: true, opacityProperty: true }) ?? false;
  const drawn = () => shown('svg.chart [data-event-id]') && shown('svg.chart text.label');
  // Each frame until the drawing is there: the end of the first frame that has it.
  const watch = () =>
    requestAnimationFrame(() => {
      if (drawn()) endOfFrame((now) => (state.firstDrawingMs ??= now));
      else watch();
    });
  watch();
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = mark(name, options);
    if (name === 'sourceline:rendered' && state.readyMs === null) requestAnimationFrame(() => endOfFrame((now) => (state.readyMs ??= now)));
    if (name === 'sourceline:hydrating') state.hydratingMs ??= entry.startTime;
    if (name === 'sourceline:hydrated') state.hydratedMs ??= entry.startTime;
    return entry;
  };
})();
