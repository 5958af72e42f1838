// The reader's colour scheme: the one they picked (kept for the next visit where the browser
// allows storage; a sandboxed embed may not), else the system's. Applied as data-theme on the root.

export type ThemeChoice = 'system' | 'light' | 'dark';
// public/start-early.js reads it too, to paint a drawn page in the reader's theme from the start.
const KEY = 'sourceline-theme';

export function savedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

export function saveTheme(choice: ThemeChoice) {
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Storage refused (a sandboxed frame): the choice lasts for this visit.
  }
}

export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement) {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

/** Whether the page is dark now, and a way to hear when the system changes. */
export function watchSystemDark(onChange: (dark: boolean) => void): () => void {
  const query = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  if (!query) return () => {};
  onChange(query.matches);
  const listener = (e: MediaQueryListEvent) => onChange(e.matches);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}
