import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

const require = createRequire(import.meta.url);
const WORKER = 'mockServiceWorker.js';

/**
 * Serves msw's worker script in dev and emits it into demo builds only, so a production build
 * carries no service worker at all (a file in public/ would be copied into every build).
 */
function mockWorker(enabled: boolean): Plugin {
  const source = () => readFileSync(require.resolve(`msw/${WORKER}`), 'utf8');
  return {
    name: 'cabinet-mock-worker',
    configureServer(server) {
      if (!enabled) return;
      server.middlewares.use(`/${WORKER}`, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(source());
      });
      server.httpServer?.once('listening', () => {
        setTimeout(() => {
          server.config.logger.info(
            '\n  Demo gateway is embedded. Sign in as admin, accountant or viewer; password Demo1234.\n',
          );
        }, 50);
      });
    },
    generateBundle() {
      if (enabled) this.emitFile({ type: 'asset', fileName: WORKER, source: source() });
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const mocks = env.VITE_MOCKS === 'on';
  return {
    plugins: [react(), mockWorker(mocks)],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    server: { port: 5173, strictPort: false },
    build: { target: 'es2022', sourcemap: false, manifest: true, chunkSizeWarningLimit: 900 },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['tests/unit/**/*.test.ts', 'mocks/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'integration',
            environment: 'jsdom',
            include: ['tests/integration/**/*.test.{ts,tsx}'],
            setupFiles: ['tests/integration/setup.ts'],
            testTimeout: 20_000,
          },
        },
      ],
    },
  };
});
