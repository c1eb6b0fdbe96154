import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The built app is served by the API server from web/dist (one origin, no CORS). During
// `pnpm --filter @cyswllt/web dev`, /graphql is proxied to a running `pnpm dev` server.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    // Two pages: the explorer, and the public partner survey (its own small entry).
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        survey: fileURLToPath(new URL('./survey.html', import.meta.url)),
      },
    },
  },
  server: {
    proxy: { '/graphql': process.env.CYSWLLT_API ?? 'http://127.0.0.1:4000' },
  },
});
