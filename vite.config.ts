/// <reference types="vitest/config" />
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { devApi } from './src/pipeline/vite-dev-api';
import { staticRoutes } from './src/pipeline/vite-static-routes';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content/demo');
const base = process.env.BASE_URL ?? '/';

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  plugins: [react(), devApi(contentDir), staticRoutes()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  preview: {
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
  },
  server: {
    port: 5173,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
