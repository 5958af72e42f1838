// The <source-line> web component: one ES module (dist/sourceline.js) and its parse worker, built
// after the app into the same dist/ (never emptying it). Svelte injects each component's styles
// into the shadow root it renders in (css: 'injected'); the app's global CSS is imported as text.
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte({ emitCss: false, compilerOptions: { css: 'injected' } })],
  // Relative URLs for the worker and chunks: `new URL(…, import.meta.url)`, the script's own folder.
  base: './',
  // Library mode leaves process.env alone for the consumer's bundler; this script goes to browsers.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  build: {
    target: 'es2022',
    sourcemap: true,
    emptyOutDir: false,
    copyPublicDir: false,
    lib: {
      entry: 'src/source-line.ts',
      formats: ['es'],
      fileName: () => 'sourceline.js',
    },
    // A script for browsers, not a package for bundlers: minified in full, as the app is.
    rolldownOptions: { output: { minify: true, comments: false } },
  },
  worker: { format: 'es' },
});
