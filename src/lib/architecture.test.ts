// The folders of src/lib as the house style draws them: data flows one way, so no folder imports,
// through any chain of others, a folder that imports it; and model, scale and layout stay pure (they
// import only one another, never state, components, dom, attachments or data). Read from the import
// lines of every module that is not a test. And the largest components' scripts stay within their
// limits in lines.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LIB = dirname(fileURLToPath(import.meta.url));
const PURE = new Set(['model', 'scale', 'layout']);

/** One import between two folders, with the module that makes it. */
interface FolderImport {
  readonly from: string;
  readonly to: string;
  readonly file: string;
  readonly specifier: string;
}

/** The relative specifiers a module's source imports: static, re-exported, side-effect and dynamic. */
function relativeImports(source: string): string[] {
  const found: string[] = [];
  for (const pattern of [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /^\s*import\s*['"]([^'"]+)['"]/gm])
    for (const match of source.matchAll(pattern)) if (match[1]!.startsWith('.')) found.push(match[1]!);
  return found;
}

/** The folder of src/lib a path is in (its first segment: data/import counts as data); '' for src/lib itself. */
const folderOf = (pathInLib: string) => (pathInLib.includes('/') ? pathInLib.split('/')[0]! : '');

const isModule = (path: string) => /\.(ts|svelte)$/.test(path) && !/\.test\.ts$|\.testkit\.ts$|\.fake\.ts$/.test(path);

function folderImports(): FolderImport[] {
  const files = readdirSync(LIB, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter(isModule);
  const imports: FolderImport[] = [];
  for (const file of files) {
    const from = folderOf(file);
    for (const specifier of relativeImports(readFileSync(join(LIB, file), 'utf8'))) {
      const target = relative(LIB, resolve(LIB, dirname(file), specifier))
        .split('\\')
        .join('/');
      if (target.startsWith('..')) continue;
      const to = folderOf(target);
      if (to !== from) imports.push({ from, to, file, specifier });
    }
  }
  return imports;
}

/** Every cycle of the folder graph, each once, as the folders in order with the first repeated at the end. */
function folderCycles(edges: readonly Pick<FolderImport, 'from' | 'to'>[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) next.set(from, (next.get(from) ?? new Set()).add(to));
  const cycles = new Map<string, string[]>();
  const walk = (path: string[]) => {
    for (const to of next.get(path.at(-1)!) ?? []) {
      const at = path.indexOf(to);
      if (at >= 0) {
        const cycle = path.slice(at);
        // Each cycle once, whichever folder the walk entered it by.
        const key = [...cycle].sort().join(' ');
        if (!cycles.has(key)) cycles.set(key, [...cycle, to]);
      } else walk([...path, to]);
    }
  };
  for (const start of next.keys()) walk([start]);
  return [...cycles.values()];
}

describe('relativeImports', () => {
  it.each([
    ["import { a } from '../model/a.ts';", ['../model/a.ts']],
    ["import type { B } from './b.ts';", ['./b.ts']],
    ['import {\n  a,\n  b,\n} from "../scale/c.ts";', ['../scale/c.ts']],
    ["export { d } from '../layout/d.ts';", ['../layout/d.ts']],
    ["const m = await import('../dom/e.ts');", ['../dom/e.ts']],
    ["import './f.css';", ['./f.css']],
    ["import { z } from 'zod';", []],
  ])('%j → %j', (source, specifiers) => {
    expect(relativeImports(source)).toEqual(specifiers);
  });
});

describe('folderCycles', () => {
  it.each([
    [[], []],
    [[['model', 'scale']], []],
    [
      [
        ['model', 'scale'],
        ['scale', 'model'],
      ],
      [['model', 'scale', 'model']],
    ],
    [
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['c', 'd'],
      ],
      [['a', 'b', 'c', 'a']],
    ],
  ])('%j → %j', (pairs, cycles) => {
    expect(folderCycles(pairs.map(([from, to]) => ({ from: from!, to: to! })))).toEqual(cycles);
  });
});

describe('the folders of src/lib', () => {
  const imports = folderImports();
  const where = (from: string, to: string) =>
    imports
      .filter((i) => i.from === from && i.to === to)
      .map((i) => `${i.file} imports ${i.specifier}`)
      .join('; ');

  it('are read (a check that reads nothing passes vacuously)', () => {
    expect(imports.length).toBeGreaterThan(100);
    expect(imports.some((i) => i.from === 'components' && i.to === 'model')).toBe(true);
  });

  it('import one another without a cycle', () => {
    const cycles = folderCycles(imports).map((cycle) => {
      const steps = cycle.slice(1).map((to, i) => `${cycle[i]} → ${to} (${where(cycle[i]!, to)})`);
      return `${cycle.join(' → ')}: ${steps.join(', ')}`;
    });
    expect(cycles).toEqual([]);
  });

  it('model, scale and layout import only model, scale and layout', () => {
    const impure = imports.filter((i) => PURE.has(i.from) && !PURE.has(i.to)).map((i) => `${i.file} imports ${i.specifier}`);
    expect(impure).toEqual([]);
  });
});

/** A component's <script> blocks in lines, their opening and closing tags included (0 when it has none). */
function scriptLines(source: string): number {
  let inside = false;
  let count = 0;
  for (const line of source.split('\n')) {
    if (/^<script\b/.test(line)) inside = true;
    if (inside) count++;
    if (/^<\/script>/.test(line)) inside = false;
  }
  return count;
}

describe('scriptLines', () => {
  it.each([
    ['<p>no script</p>', 0],
    ['<script lang="ts">\n</script>', 2],
    ['<!-- what it is -->\n<script lang="ts">\n  let a = 1;\n  let b = 2;\n</script>\n\n<p>{a}{b}</p>', 4],
    ['<script module>\n  export const A = 1;\n</script>\n<script lang="ts">\n  let a = 1;\n</script>', 6],
  ])('%j → %d', (source, lines) => {
    expect(scriptLines(source)).toBe(lines);
  });
});

// The largest components' scripts stay small enough to read: their logic lives in geo/, layout/,
// state/ or rune classes of their own.
describe.each([
  ['components/TimelineChart.svelte', 200],
  ['components/MapView.svelte', 200],
])('%s', (file, most) => {
  it(`has a <script> of at most ${most} lines`, () => {
    const lines = scriptLines(readFileSync(join(LIB, file), 'utf8'));
    expect(lines).toBeGreaterThan(0);
    expect(lines).toBeLessThanOrEqual(most);
  });
});
