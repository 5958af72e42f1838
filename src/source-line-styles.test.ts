import { describe, expect, it } from 'vitest';
import { FRAME_CLASS, shadowStyles } from './source-line-styles.ts';

const frame = `.${FRAME_CLASS}`;

describe('shadowStyles', () => {
  it.each([
    [':root{--bg:#fff}', `:host, ${frame}{--bg:#fff}`],
    ['@media (prefers-color-scheme:dark){:root{--bg:#000}}', `@media (prefers-color-scheme:dark){:host, ${frame}{--bg:#000}}`],
    [':root{--a:1}:root{--b:2}', `:host, ${frame}{--a:1}:host, ${frame}{--b:2}`],
    ['button{font:inherit}', 'button{font:inherit}'],
    [':focus-visible{outline:3px solid}', ':focus-visible{outline:3px solid}'],
  ])('%s', (css, rewritten) => {
    expect(shadowStyles(css).endsWith(rewritten)).toBe(true);
  });

  it('resets the frame before the app’s own rules, so the app’s font and colours win', () => {
    const css = shadowStyles(':root{color:#111}');
    expect(css.indexOf('all: initial')).toBeGreaterThan(-1);
    expect(css.indexOf('all: initial')).toBeLessThan(css.indexOf(`${frame}{color:#111}`));
  });

  it('sizes the host by its container', () => {
    expect(shadowStyles('')).toMatch(/:host \{[^}]*display: block;[^}]*width: 100%;/);
  });
});
