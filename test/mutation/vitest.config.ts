import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// The tests a mutant is judged by: unit and integration tests that import the source directly. The CLI
// tests run the built dist/ (which a mutant does not reach), and e2e, proof and start-up tests are too
// slow to run once per mutant.
export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    exclude: ['test/integration/cli-*.test.ts', 'test/integration/keychain.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
