// A small static server on 127.0.0.1 for the benchmark: the app's build at /, and under /__bench/
// the generated datasets, the vis-timeline page and its standalone build. Read-only, GET/HEAD only.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** URL prefix → folder; the longest matching prefix wins. "/" is the app's build. */
export type Mounts = Record<string, string>;

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Maps a request path to a file inside one of the mounts, or null (never outside a mount). */
export function resolvePath(mounts: Mounts, urlPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return null;
  }
  const prefix = Object.keys(mounts)
    .filter((p) => pathname === p.replace(/\/$/, '') || pathname.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return null;
  const root = mounts[prefix]!;
  const rest = normalize(pathname.slice(prefix.length)).replace(/^([/\\])+/, '');
  if (rest.split(/[/\\]/).includes('..')) return null;
  const file = join(root, rest === '' || rest === '.' ? 'index.html' : rest);
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

export async function startStaticServer(mounts: Mounts): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolvePath(mounts, request.url ?? '/');
    let size: number | null = null;
    try {
      if (file) {
        const stat = statSync(file);
        if (stat.isFile()) size = stat.size;
      }
    } catch {
      size = null;
    }
    if (!file || size === null) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${request.url}`);
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String(size),
      'Cache-Control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
