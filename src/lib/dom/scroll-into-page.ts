// Brings the chart, and an event's mark in it, onto the screen when the page has been scrolled away
// (on narrow screens the details sit below the timeline, or over its lower part as a sheet): the
// chart's top, then just enough for the mark to show above the sheet, if there is one.
export function scrollChartToMark(chart: Element, mark: Element | null) {
  const box = chart.getBoundingClientRect();
  if (box.top < 0 || box.top > innerHeight * 0.8) chart.scrollIntoView({ block: 'start', behavior: 'instant' });
  const markBox = mark?.getBoundingClientRect();
  if (!markBox) return;
  const bottomPx = Math.min(innerHeight, sheetTopPx(chart));
  if (markBox.bottom > bottomPx - 8) scrollBy({ top: markBox.bottom - bottomPx + 24, behavior: 'instant' });
  else if (markBox.top < 0) scrollBy({ top: markBox.top - 24, behavior: 'instant' });
}

/** Where a details sheet stuck to the bottom of the window begins (a phone's layout); the window's bottom otherwise. */
function sheetTopPx(chart: Element): number {
  const sheet = chart.closest('.workspace')?.querySelector('.side-panel');
  if (!sheet || getComputedStyle(sheet).bottom !== '0px') return innerHeight;
  return innerHeight - sheet.getBoundingClientRect().height;
}
