// End-to-end tests in a real Chromium against the production build (vite preview).
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/browser.ts';

// A second checkout (a git worktree) may run its own suite beside this one on another port.
const PORT = Number(process.env.SOURCELINE_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'app', testIgnore: /large-file|million-events|bad-inputs-tasks/ },
    // Long-task measurements need the machine to themselves: they run after everything else, alone.
    { name: 'large files', testMatch: /large-file/, dependencies: ['app'] },
    { name: 'timed inputs', testMatch: /bad-inputs-tasks/, dependencies: ['large files'] },
    // A million events, last and alone: the machine's two cores to itself (with another process
    // keeping one core busy, its long-task assertion fails about one run in two). Alone, without
    // the projects before it: npx playwright test --project million --no-deps.
    { name: 'million', testMatch: /million-events/, dependencies: ['timed inputs'] },
  ],
  webServer: {
    command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
  },
});
