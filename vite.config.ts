import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin, type Rollup } from 'vite';

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

/** Which lazy routes each address shows, outermost first (the route table's nesting). */
const ROUTE_MODULES: [RegExp, string[]][] = [
  [/^\/login\/?$/, ['login-route']],
  [/^\/p\/[^/]+\/orders\/[^/]+\/?$/, ['shell-route', 'profile-route', 'order-route']],
  [/^\/p\/[^/]+\/awaiting\/?$/, ['shell-route', 'profile-route', 'awaiting-route']],
  [/^\/(p\/[^/]+(\/orders)?\/?)?$/, ['shell-route', 'profile-route', 'orders-route']],
];

/**
 * Route chunks are otherwise discovered only once the entry has run (a second wave of
 * requests). A small script names, for the address being opened, the chunks its routes will
 * import, so the browser fetches them alongside the entry. It is a file of its own, not inline,
 * so the Content-Security-Policy can forbid inline script.
 */
function routePreload(): Plugin {
  let base = '/';
  let script: { file: string; source: string } | null = null;
  return {
    name: 'cabinet-route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const closure = (file: string, seen: Set<string>): Set<string> => {
          if (seen.has(file)) return seen;
          seen.add(file);
          for (const child of byFile.get(file)?.imports ?? []) closure(child, seen);
          return seen;
        };
        const entry = chunks.find((chunk) => chunk.isEntry);
        const loaded = entry ? closure(entry.fileName, new Set()) : new Set<string>();
        const routeFile = (name: string) =>
          chunks.find((chunk) => chunk.isDynamicEntry && chunk.facadeModuleId?.endsWith(`/src/app/routes/${name}.tsx`));
        const table = ROUTE_MODULES.map(([pattern, names]) => {
          const files = new Set<string>();
          for (const name of names) {
            const chunk = routeFile(name);
            if (chunk) for (const file of closure(chunk.fileName, new Set())) if (!loaded.has(file)) files.add(file);
          }
          return [pattern.source, [...files].map((file) => `${base}${file}`)];
        });
        const source =
          `(function(t,p){for(var i=0;i<t.length;i++)if(new RegExp(t[i][0]).test(p)){t[i][1].forEach(function(f){` +
          `var l=document.createElement('link');l.rel='modulepreload';l.href=f;document.head.appendChild(l)});return}})` +
          `(${JSON.stringify(table)},location.pathname);`;
        const hash = createHash('sha256').update(source).digest('base64url').slice(0, 10);
        script = { file: `assets/route-preload-${hash}.js`, source };
        return [{ tag: 'script', attrs: { src: `${base}${script.file}` }, injectTo: 'head' }];
      },
    },
    writeBundle(options) {
      if (script && options.dir) writeFileSync(join(options.dir, script.file), script.source);
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const mocks = env.VITE_MOCKS === 'on';
  return {
    plugins: [react(), mockWorker(mocks), routePreload()],
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
