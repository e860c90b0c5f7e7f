import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web app's build: `web/src` → `web/dist`, which the Segmint server serves at `/`. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
