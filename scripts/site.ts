// `npm run site -- story.json OUT/`: a static site for one data file. OUT/ gets the built app (dist/,
// built first when missing) with the file in OUT/data/, and an index.html whose HTML already holds the
// timeline's first drawing and the chronology as text (Svelte's server rendering): read, indexed and
// printed with scripts off, then taken over by the app. `npm run build` runs the same for the default
// story into dist/ (`--default`).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { prerenderedPage } from './prerender-page.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SSR_OUT = join(ROOT, 'node_modules', '.cache', 'sourceline-ssr');
/** The built index.html before any drawing is put in it. */
const SHELL = 'app-shell.html';
const USAGE = `usage: npm run site -- story.json OUT/     a static site for story.json in OUT/
       npm run site -- --default [DIST]       prerender the default story into a build (dist/)`;

type Renderer = typeof import('../src/prerender.ts');

/** The server-rendering code, built by Vite for Node (Svelte compiled for the server, production mode). */
async function serverRenderer(): Promise<Renderer> {
  await build({
    root: ROOT,
    logLevel: 'error',
    mode: 'production',
    build: { ssr: 'src/prerender.ts', outDir: SSR_OUT, emptyOutDir: true, sourcemap: false, rolldownOptions: { output: { codeSplitting: false } } },
  });
  return (await import(pathToFileURL(join(SSR_OUT, 'prerender.js')).href)) as Renderer;
}

function parserHref(dist: string): string | null {
  const name = readdirSync(join(dist, 'assets')).find((file) => /^parse\.worker-[\w-]+\.js$/.test(file));
  return name ? `assets/${name}` : null;
}

async function prerender(dist: string, dataPath: string, src: string, renderer: Renderer) {
  const text = readFileSync(dataPath, 'utf8');
  let dataset;
  try {
    dataset = renderer.loadForPrerender(text);
  } catch (error) {
    const problems = (error as { problems?: { path: string; message: string; fix: string }[] }).problems;
    if (!problems) throw error;
    throw new Error(
      `${dataPath} cannot be shown:\n${problems
        .slice(0, 20)
        .map((p) => `  ${p.path}: ${p.message} (${p.fix})`)
        .join('\n')}${problems.length > 20 ? `\n  … and ${problems.length - 20} more (npm run validate -- ${dataPath})` : ''}`,
      { cause: error },
    );
  }
  const rendered = renderer.prerenderApp(dataset, { src: src === '' ? null : src, pageUrl: 'http://localhost/' });
  const index = join(dist, 'index.html');
  // The app with nothing drawn in its HTML, kept beside it: drawn pages start from it (so this runs again safely).
  if (!existsSync(join(dist, SHELL))) writeFileSync(join(dist, SHELL), readFileSync(index, 'utf8'));
  const html = readFileSync(join(dist, SHELL), 'utf8');
  writeFileSync(index, prerenderedPage(html, { ...rendered, src, parserHref: parserHref(dist) }));
  return rendered;
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.length === 0) {
    console.log(USAGE);
    process.exit(args.length === 0 ? 1 : 0);
  }
  if (args[0] === '--default') {
    const dist = resolve(args[1] ?? join(ROOT, 'dist'));
    const rendered = await prerender(dist, join(ROOT, 'data', 'ukraine-nato.json'), '', await serverRenderer());
    console.log(`prerendered the default story (${rendered.events} events) into ${join(dist, 'index.html')}`);
    return;
  }
  const [story, out] = args;
  if (!story || !out || args.length !== 2) throw new Error(USAGE);
  if (!existsSync(story)) throw new Error(`${story}: there is no such file (give the path of a Sourceline .json file)`);
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, SHELL))) {
    console.log('building the app (npm run build)…');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const outDir = resolve(out);
  mkdirSync(outDir, { recursive: true });
  cpSync(dist, outDir, { recursive: true });
  // The built index.html is the default story's: start again from the unrendered one.
  writeFileSync(join(outDir, 'index.html'), readFileSync(join(dist, SHELL), 'utf8'));
  const name = basename(story).replace(/[^\w.-]+/g, '-');
  mkdirSync(join(outDir, 'data'), { recursive: true });
  cpSync(story, join(outDir, 'data', name));
  const rendered = await prerender(outDir, story, `data/${name}`, await serverRenderer());
  console.log(`wrote ${outDir}: "${rendered.title}", ${rendered.events} events, drawn in index.html (serve the folder; it opens without ?src=)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
