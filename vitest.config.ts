import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/pages/**'],
          // No unit test is a timing test (speed is measured in npm run bench); some start Node
          // processes or check hundreds of files, which takes more than 5 s on a busy machine.
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
          // Chromium and the static server are shared per file; two cores limit parallelism anyway.
          maxWorkers: 2,
        },
      },
    ],
  },
});
