import { defineConfig } from 'vite';

// Relative base so the built site in dist/ works from any static host or sub-folder.
export default defineConfig({
  base: './',
  build: { outDir: 'dist', target: 'es2022' },
  worker: { format: 'es' },
});
