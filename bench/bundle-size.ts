// The production bundle's weight: the entry script named in index.html, worker and other chunks,
// and CSS, raw and gzipped (level 9, as a server would send them). Source maps are not counted.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  readonly file: string;
  readonly kind: 'entry' | 'worker' | 'chunk' | 'css';
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

export interface BundleSize {
  readonly files: FileSize[];
  readonly jsRawBytes: number;
  readonly jsGzipBytes: number;
  readonly cssGzipBytes: number;
  /**
   * The scripts a page loads before it can draw anything: the entry, the parse worker, and what they
   * import statically, again and again. Chunks loaded with import() (views not yet shown, importers of
   * other formats, the explainer of JSON syntax errors, the picture code for export and print) are not
   * in it: nothing waits for them.
   */
  readonly startup: { readonly files: string[]; readonly rawBytes: number; readonly gzipBytes: number };
}

/** Static imports in a minified ES module: `import … from"./x.js"`, `import"./x.js"`, `export … from"./x.js"` (never import()). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{][^"'`;]*?from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]!.slice(2));
}

export const gzipBytes = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

export function measureBundle(distDir: string): BundleSize {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entries = new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)].map((m) => basename(m[1]!)));
  const assets = join(distDir, 'assets');
  const files = readdirSync(assets)
    .filter((name) => name.endsWith('.js') || name.endsWith('.css'))
    .sort()
    .map((name): FileSize => {
      const bytes = readFileSync(join(assets, name));
      const kind = name.endsWith('.css') ? 'css' : entries.has(name) ? 'entry' : /worker/i.test(name) ? 'worker' : 'chunk';
      return { file: `assets/${name}`, kind, rawBytes: bytes.length, gzipBytes: gzipBytes(bytes) };
    });
  const js = files.filter((f) => f.kind !== 'css');
  const sum = (list: FileSize[], key: 'rawBytes' | 'gzipBytes') => list.reduce((total, f) => total + f[key], 0);
  const startupNames = new Set<string>();
  const visit = (name: string) => {
    if (startupNames.has(name) || !js.some((f) => f.file === `assets/${name}`)) return;
    startupNames.add(name);
    for (const next of staticImports(readFileSync(join(assets, name), 'utf8'))) visit(next);
  };
  for (const f of js) if (f.kind === 'entry' || f.kind === 'worker') visit(basename(f.file));
  const startup = js.filter((f) => startupNames.has(basename(f.file)));
  return {
    files,
    jsRawBytes: sum(js, 'rawBytes'),
    jsGzipBytes: sum(js, 'gzipBytes'),
    cssGzipBytes: sum(
      files.filter((f) => f.kind === 'css'),
      'gzipBytes',
    ),
    startup: { files: startup.map((f) => f.file), rawBytes: sum(startup, 'rawBytes'), gzipBytes: sum(startup, 'gzipBytes') },
  };
}

/** True when every named string occurs in the build's JavaScript (to know which marks the app sets). */
export function bundleMentions(distDir: string, names: readonly string[]): Record<string, boolean> {
  const assets = join(distDir, 'assets');
  const text = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(assets, name), 'utf8'))
    .join('\n');
  return Object.fromEntries(names.map((name) => [name, text.includes(name)]));
}
