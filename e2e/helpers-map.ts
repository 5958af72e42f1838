// Where the map view draws a place: d3-geo's Mercator at the map's own fitted scale and translate
// (read from its attributes), then its zoom, in page pixels.
import type { Page } from '@playwright/test';
import { geoMercator } from 'd3-geo';

export async function screenOf(page: Page, [lon, lat]: readonly [number, number]): Promise<[number, number]> {
  const svg = page.locator('svg.geo-map');
  const scale = Number(await svg.getAttribute('data-projection-scale'));
  const translate = (await svg.getAttribute('data-projection-translate'))!.split(',').map(Number) as [number, number];
  const [k, x, y] = (await svg.getAttribute('data-zoom'))!.split(',').map(Number) as [number, number, number];
  const [bx, by] = geoMercator().scale(scale).translate(translate)([lon, lat])!;
  const box = (await svg.boundingBox())!;
  // The drawing starts inside the map's 1 px border.
  return [box.x + 1 + x + k * bx, box.y + 1 + y + k * by];
}
