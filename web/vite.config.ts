// The SPA build. In development the API runs separately (`pnpm --filter @onetrip/api dev` on
// :3000) and Vite proxies to it, so the browser sees one origin just as in production, where the
// API serves web/dist itself; same origin keeps the session cookie `SameSite=Strict`.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    // No `changeOrigin`: the API's same-origin check compares Origin with the Host it receives.
    proxy: { '/trpc': api, '/healthz': api },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The admin-only chunk with the data grid is ~540 kB on its own and loads on demand.
    chunkSizeWarningLimit: 600,
  },
});
