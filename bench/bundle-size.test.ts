import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureBundle, staticImports } from './bundle-size.ts';

describe('staticImports', () => {
  it('finds the static imports of minified ES modules, never import()', () => {
    const code =
      'import{a as e,b as t}from"./shared-1.js";import"./side-2.js";export{x}from"./re-3.js";const m=()=>import("./lazy-4.js");import(`./lazy-5.js`);';
    expect(staticImports(code)).toEqual(['shared-1.js', 'side-2.js', 're-3.js']);
  });
  it('is not fooled by the words "import" or "from" inside strings', () => {
    expect(staticImports('let s=`import the file from the menu`;let t="from\\"./x.js\\"";')).toEqual([]);
  });
});

describe('measureBundle', () => {
  it('counts the entry, the worker and their static imports as start-up; lazy chunks only in the total', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bundle-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<script type="module" crossorigin src="./assets/index-A.js"></script>');
    const files: Record<string, string> = {
      'index-A.js': 'import{a}from"./shared-B.js";const v=()=>import("./View-C.js");',
      'shared-B.js': 'export const a=1;',
      'View-C.js': 'import{a}from"./shared-B.js";export default a;',
      'parse.worker-D.js': 'const r=()=>import("./read-input-E.js");',
      'read-input-E.js': 'export const r=2;',
    };
    for (const [name, code] of Object.entries(files)) writeFileSync(join(dist, 'assets', name), code.repeat(20));
    const bundle = measureBundle(dist);
    expect(bundle.startup.files.sort()).toEqual(['assets/index-A.js', 'assets/parse.worker-D.js', 'assets/shared-B.js']);
    expect(bundle.startup.gzipBytes).toBeLessThan(bundle.jsGzipBytes);
  });
});
