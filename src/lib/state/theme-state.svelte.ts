// The colour theme: the reader's pick (system, light or dark) and whether the page is dark now.
export type ThemeChoice = 'system' | 'light' | 'dark';
const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export class ThemeState {
  theme = $state<ThemeChoice>('system');
  systemDark = $state(false);

  get dark(): boolean {
    return this.theme === 'dark' || (this.theme === 'system' && this.systemDark);
  }

  /** The next choice in turn: system → light → dark → system. */
  cycle() {
    this.theme = THEMES[(THEMES.indexOf(this.theme) + 1) % THEMES.length]!;
  }
}
