import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/browser.ts';

const PORT = Number(process.env.E2E_PORT ?? 4391);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // One retry: the suites share two cores with headless Chromium and PDF exports, and timing
  // can slip. A test that passes only on retry is still listed as "flaky" in the summary.
  retries: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'off',
  },
  // The built renderer, served on loopback exactly as `npm run web` serves it.
  webServer: {
    command: `node scripts/web.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    // Never another server's build: a second checkout running its tests on the same port would
    // otherwise be tested instead of this one. A busy port fails the run; set E2E_PORT.
    reuseExistingServer: false,
    stdout: 'ignore',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: '**/electron.spec.ts',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 720 },
        launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
      },
    },
    {
      name: 'electron',
      testMatch: '**/electron.spec.ts',
    },
  ],
});
