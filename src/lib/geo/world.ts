// The world's outline for the map, from Natural Earth's 1:110m countries as world-atlas ships them:
// bundled with the app and loaded with the map (never fetched from another site), turned into the
// land and the borders between countries with topojson-client.
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface World {
  readonly land: FeatureCollection | Feature;
  readonly borders: MultiLineString;
}

type Atlas = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

const isAtlas = (value: unknown): value is Atlas => {
  const objects = (value as { objects?: Record<string, { type?: unknown }> } | null)?.objects;
  return objects?.countries?.type === 'GeometryCollection' && objects.land?.type === 'GeometryCollection';
};

let world: Promise<World> | null = null;

/** The outline, loaded once (its chunk is part of the map's, fetched when the map first opens). */
export function loadWorld(): Promise<World> {
  world ??= import('world-atlas/countries-110m.json').then(({ default: atlas }: { default: unknown }) => {
    if (!isAtlas(atlas)) throw new Error('the bundled world outline (world-atlas countries-110m) is not the TopoJSON it should be');
    return {
      land: feature(atlas, atlas.objects.land),
      borders: mesh(atlas, atlas.objects.countries, (a, b) => a !== b),
    };
  });
  return world;
}
