/// <reference types="vitest/config" />
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, searchForWorkspaceRoot } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { bundledDatasets } from './vite-plugin-datasets.ts';
import { contentSecurityPolicy } from './vite-plugin-csp.ts';

export default defineConfig({
  plugins: [svelte(), svelteTesting(), bundledDatasets(), contentSecurityPolicy()],
  // Relative asset paths so the built app works from any folder (a CMS, a sub-path, file drop-in).
  base: './',
  // Everything the page needs before it can draw goes in one chunk (the bundler would otherwise cut
  // it into pieces shared with the lazily loaded views, each compressed on its own).
  build: { target: 'es2022', sourcemap: true, rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } } },
  // Module workers: the page can import the parse worker's module itself when no worker may start.
  worker: { format: 'es' },
  // Checkouts may share one install through a node_modules link: files under its real path may be
  // served too (tests in a DOM environment load their setup from there).
  server: { port: 5173, fs: { allow: [searchForWorkspaceRoot(process.cwd()), realpathSync(fileURLToPath(new URL('./node_modules', import.meta.url)))] } },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});
