// Keeps an event's mark in sight once it is selected or brought into view. In an embed that fits its
// frame the lanes scroll within the chart (.stage): that is scrolled. Otherwise the page is, when it
// is ours to scroll (not in an embed: the host page's scroll is the reader's): the chart's top, then
// just enough for the mark. Either way the mark ends above the details sheet, if one lies over it.
export function keepMarkInSight(chart: Element, mark: Element | null, options: { readonly page: boolean }) {
  const stage = chart.closest<HTMLElement>('.stage');
  if (stage && stage.scrollHeight > stage.clientHeight + 1) return scrollWithin(stage, chart, mark);
  if (options.page) scrollPage(chart, mark);
}

function scrollWithin(stage: HTMLElement, chart: Element, mark: Element | null) {
  const markBox = mark?.getBoundingClientRect();
  if (!markBox) return;
  const box = stage.getBoundingClientRect();
  const bottomPx = Math.min(box.bottom, sheetTopPx(chart));
  if (markBox.bottom > bottomPx - 8) stage.scrollTop += markBox.bottom - bottomPx + 24;
  else if (markBox.top < box.top) stage.scrollTop -= box.top - markBox.top + 24;
}

function scrollPage(chart: Element, mark: Element | null) {
  const box = chart.getBoundingClientRect();
  if (box.top < 0 || box.top > innerHeight * 0.8) chart.scrollIntoView({ block: 'start', behavior: 'instant' });
  const markBox = mark?.getBoundingClientRect();
  if (!markBox) return;
  const bottomPx = Math.min(innerHeight, sheetTopPx(chart));
  if (markBox.bottom > bottomPx - 8) scrollBy({ top: markBox.bottom - bottomPx + 24, behavior: 'instant' });
  else if (markBox.top < 0) scrollBy({ top: markBox.top - 24, behavior: 'instant' });
}

/** Where the details, when they lie over the lower part of the timeline (a phone's sheet, an embed's overlay), begin; else no limit. */
function sheetTopPx(chart: Element): number {
  const sheet = chart.closest('.workspace')?.querySelector('.side-panel');
  if (!sheet || getComputedStyle(sheet).bottom !== '0px') return Infinity;
  return sheet.getBoundingClientRect().top;
}
