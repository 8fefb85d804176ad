import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  // The Fluent files live beside the Rust core, which shares them.
  server: { port: 5173, strictPort: true, fs: { allow: ['..'] } },
  build: {
    target: 'safari15',
    outDir: 'dist',
    emptyOutDir: true,
    // No inline scripts or data: URLs: the CSP forbids them.
    assetsInlineLimit: 0,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test-setup.ts'],
    include: ['src/**/*.test.ts'],
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
});
