// Says when the page is about to be printed and when printing is over: `beforeprint`/`afterprint`,
// and the print media query, which is all that some browsers and headless PDF tools change.
export function watchPrinting(onchange: (printing: boolean) => void, win: Window = window): () => void {
  const query = win.matchMedia('print');
  let printing = false;
  const set = (next: boolean) => {
    if (next === printing) return;
    printing = next;
    onchange(next);
  };
  const before = () => set(true);
  // Printing is over once the dialog is closed, unless the page is still shown as print (emulated).
  const after = () => set(query.matches);
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', after);
  query.addEventListener('change', after);
  // Already printing (a page opened as print): say so once the caller is set up, not in the middle of it.
  if (query.matches) queueMicrotask(() => set(query.matches));
  return () => {
    win.removeEventListener('beforeprint', before);
    win.removeEventListener('afterprint', after);
    query.removeEventListener('change', after);
  };
}
