import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/pages/**'],
          // Some unit tests spawn the commands or check hundreds of files: not timing tests, so a busy
          // machine must not fail them (speed is measured in npm run bench).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/pages/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits for a page to settle (1 s by default): on a busy 2-core machine a page can take
          // longer, which says nothing about the site (speed is measured in npm run bench).
          expect: { poll: { timeout: 15_000 } },
          // On CI (which runs once, on a shared machine), a site test that fails is run once more before
          // it fails the run: a real fault fails twice, a wait that ran out on a loaded machine does not
          // keep the work out. Here (no CI variable) nothing is retried, so a flaky test shows.
          retry: process.env.CI ? 1 : 0,
          // Chromium and the static server are shared per file; two cores limit parallelism anyway.
          maxWorkers: 2,
        },
      },
    ],
  },
});
