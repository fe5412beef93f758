import { defineConfig } from 'vite';

// Relative base so the built site in dist/ works from any static host or sub-folder. Two pages: the
// planner app (index.html) and trainer mode (trainer.html).
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    target: 'es2022',
    rollupOptions: { input: { main: 'index.html', trainer: 'trainer.html' } },
  },
  worker: { format: 'es' },
});
