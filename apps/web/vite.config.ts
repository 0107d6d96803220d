import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Where the dev server (and `vite preview`) forwards the control panel's calls and the calendar feeds. */
const apiUrl = process.env.LEERCYCLUS_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  build: {
    rolldownOptions: {
      output: {
        // The libraries change less often than the panel: their own chunks stay cached between releases.
        codeSplitting: {
          groups: [
            // zod with its setting, which must run before any schema is made (src/zodWithoutEval.ts): in its
            // own chunk, the setting runs as the chunk loads, before the chunks that make schemas.
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|[\\/]src[\\/]zodWithoutEval\.ts$/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/](core|hooks|dates|notifications)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/trpc': { target: apiUrl, changeOrigin: true },
      '/auth': { target: apiUrl, changeOrigin: true },
      '/ical': { target: apiUrl, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/trpc': { target: apiUrl, changeOrigin: true },
      '/auth': { target: apiUrl, changeOrigin: true },
      '/ical': { target: apiUrl, changeOrigin: true },
    },
  },
});
