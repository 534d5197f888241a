import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // builds the repository corpus's index once; tests that only read it share it
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup.ts'],
    // what a test logs (timings of the bounded-memory and shutdown checks) is shown when it fails
    silent: 'passed-only',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two workers on this 2-core machine (vitest's default is cores - 1 = one):
    // many files wait on child processes, sockets and timeouts.
    maxWorkers: 2,
    // A worker keeps its imported modules from one test file to the next, so
    // LangChain, Bolt, zod and the answer engine are loaded once per worker,
    // not once per file (no test mocks modules or stubs globals; each file
    // still runs test/setup.ts and cleans up its own nock scopes and servers).
    isolate: false,
  },
});
