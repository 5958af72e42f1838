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
  return { files, jsRawBytes: sum(js, 'rawBytes'), jsGzipBytes: sum(js, 'gzipBytes'), cssGzipBytes: sum(files.filter((f) => f.kind === 'css'), 'gzipBytes') };
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
