import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// `vite` alone serves the app with hot reload and forwards API calls to a running `uidsl serve`.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [vue()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1200 },
  server: {
    proxy: Object.fromEntries(['/api', '/healthz', '/readyz'].map((p) => [p, process.env.UIDSL_API ?? 'http://127.0.0.1:8080'])),
  },
});
