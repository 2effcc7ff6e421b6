import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'int',
          include: ['test/int/**/*.test.ts'],
          globalSetup: ['test/_utils/globalSetup.ts'],
          // One Neo4j serves every file; files run one after another so each can clear the graph safely.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          // The int tier's throw-away Neo4j, then one production build of the explorer page (test/e2e/_utils/buildWeb.ts).
          globalSetup: ['test/_utils/globalSetup.ts', 'test/e2e/_utils/buildWeb.ts'],
          // One Neo4j and one Chromium at a time on a small machine; each file loads its own corpus.
          fileParallelism: false,
          testTimeout: 150_000,
          hookTimeout: 480_000,
        },
      },
    ],
  },
});
