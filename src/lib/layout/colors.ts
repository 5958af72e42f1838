// Colours that stay legible: an author's actor colour is shifted (lighter on a dark page, darker
// on a light one) only as far as needed to reach a contrast ratio against the background (WCAG:
// 3:1 for marks, 4.5:1 for text). Pure; hex in, hex out.

const parse = (hex: string): [number, number, number] => {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
};

const toHex = (rgb: readonly number[]) =>
  `#${rgb
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

/** WCAG relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = parse(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour, mixed towards white (dark background) or black (light one) until it reaches `minimum`. */
export function legibleOn(color: string, background: string, minimum = 3): string {
  if (contrastRatio(color, background) >= minimum) return color.toLowerCase();
  const target = luminance(background) < 0.5 ? [255, 255, 255] : [0, 0, 0];
  const rgb = parse(color);
  for (let t = 0.05; t <= 1.0001; t += 0.05) {
    const mixed = toHex(rgb.map((v, i) => v + (target[i]! - v) * t));
    if (contrastRatio(mixed, background) >= minimum) return mixed;
  }
  return toHex(target);
}
