import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The renderer's stores (*.svelte.ts) use runes: compiled as the window's build compiles them.
  plugins: [svelte()],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // expect.poll waits for the UI and the emulator; a loaded CI machine gets 10 s before it gives up.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
