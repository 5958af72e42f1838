// Installed in the page by bench/measure-edit.ts (plain JS: it runs as written, untransformed).
// window.__timeEdits(kind, count, offset): times `count` edits of the mark window.__editMark, each from the
// input event to the end of the frame that shows it; 'move' presses Alt+→ / Alt+← on the mark,
// 'form' types a new title into "Edit event" (which the mark's label and name show).
window.__timeEdits = async function (kind, count, offset = 0) {
  const nextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      }),
    );
  const mark = () => document.querySelector(`svg.chart [data-event-id="${window.__editMark}"]`);
  const times = [];
  for (let i = offset; i < offset + count; i++) {
    const before = mark()?.getAttribute('aria-label');
    const t0 = performance.now();
    if (kind === 'move') {
      mark().dispatchEvent(new KeyboardEvent('keydown', { key: i % 2 ? 'ArrowLeft' : 'ArrowRight', altKey: true, bubbles: true, cancelable: true }));
    } else {
      const input = document.querySelector('form[aria-label="Edit event"] input[name="title"]');
      input.value = `Edited title ${i}`;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const deadline = t0 + 10000;
    while (mark()?.getAttribute('aria-label') === before && performance.now() < deadline) await new Promise((r) => setTimeout(r, 0));
    await nextPaint();
    times.push(performance.now() - t0);
    // At rest between edits, as between a person's keystrokes.
    await new Promise((r) => setTimeout(r, 150));
  }
  return times;
};
window.__longest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
}).observe({ type: 'longtask', buffered: true });
