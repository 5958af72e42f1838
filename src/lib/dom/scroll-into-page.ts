// Brings the chart, and an event's mark in it, onto the screen when the page has been scrolled away
// (on narrow screens the details sit below the timeline): the chart's top, then just enough for the mark.
export function scrollChartToMark(chart: Element, mark: Element | null) {
  const box = chart.getBoundingClientRect();
  if (box.top < 0 || box.top > innerHeight * 0.8) chart.scrollIntoView({ block: 'start', behavior: 'instant' });
  const markBox = mark?.getBoundingClientRect();
  if (markBox && markBox.bottom > innerHeight) scrollBy({ top: markBox.bottom - innerHeight + 16, behavior: 'instant' });
}
