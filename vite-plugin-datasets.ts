// Serves the bundled datasets in data/ at ./data/… and copies them into the build unhashed, so
// `?src=data/other.json` names the same file in development and production.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export function bundledDatasets(dir = 'data'): Plugin {
  return {
    name: 'sourceline-bundled-datasets',
    generateBundle() {
      for (const name of readdirSync(dir)) {
        if (!name.endsWith('.json')) continue;
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(join(dir, name)) });
      }
    },
  };
}
