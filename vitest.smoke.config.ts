import { defineConfig } from 'vitest/config';

// The packaged app's smoke test (test/smoke), run by the CI workflow on real machines, never by `npm test`.
export default defineConfig({
  test: {
    include: ['test/smoke/**/*.smoke.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
