import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_STACK, LINK_LINES, linkLine, SURFACE_HEX } from './drawing.ts';
import { LINK_STYLES } from './visible-links.ts';

const appCss = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');

describe('linkLine', () => {
  it('draws every link style the timeline knows with a colour of app.css', () => {
    for (const style of [...LINK_STYLES, 'other']) {
      const line = linkLine(style);
      expect(line, style).toBe(LINK_LINES[style]);
      expect(appCss, style).toContain(`${line.colorVar}:`);
    }
  });

  it.each(['made-up', 'constructor', '__proto__', ''])('draws %j as other', (style) => {
    expect(linkLine(style)).toBe(LINK_LINES.other);
  });
});

it('FONT_STACK is app.css’s --font', () => {
  const font = /--font:\s*([^;]+);/.exec(appCss)?.[1];
  expect(font?.replace(/'/g, '"')).toBe(FONT_STACK);
});

it('SURFACE_HEX is app.css’s --surface, light and dark', () => {
  expect(appCss).toContain(`--surface: light-dark(${SURFACE_HEX.light}, ${SURFACE_HEX.dark});`);
});
