import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin, type Rollup } from 'vite';
import { API_BASE_PATH } from './src/api/endpoint-def.ts';

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

/**
 * Whether a module is `src/app/routes/<name>.tsx` (a route) or `.ts` (its loaders); a name with
 * a slash is a module's path under `src`.
 */
const isRouteModule = (id: string, name: string) =>
  /\.tsx?$/.test(id) &&
  id.replace(/\.tsx?$/, '').endsWith(name.includes('/') ? `/src/${name}` : `/src/app/routes/${name}`);

/** MUI's theme, which every page drawn with MUI loads beside its route (`themedPage`, route-table.tsx). */
const MUI_THEME = 'components/theme/cabinet-theme';

/** Which lazy routes each address shows, outermost first (the route table's nesting). */
const ROUTE_MODULES: [RegExp, string[]][] = [
  [/^\/login\/?$/, ['login-route']],
  [/^\/p\/[^/]+\/orders\/[^/]+\/?$/, ['shell-route', 'profile-route', 'order-route', MUI_THEME]],
  [/^\/p\/[^/]+\/awaiting\/?$/, ['shell-route', 'profile-route', 'awaiting-route', MUI_THEME]],
  [/^\/(p\/[^/]+(\/orders)?\/?)?$/, ['shell-route', 'profile-route', 'orders-route']],
];

/**
 * The first requests of a load, sent by the preload script before the app's code has arrived
 * (`src/api/early-responses.ts` hands them to the client): the session, and on the orders page
 * its first page, whose request is the address's own search (`toListWireQuery`). Without them
 * these leave only once the entry has been fetched and run. `b` is the API's base URL.
 */
const EARLY_REQUESTS =
  `function(b){var e=window.__cabinetEarly={};function g(u){u=new URL(u,location.href).href;` +
  `e[u]={at:performance.now(),response:fetch(u,{credentials:'include',headers:{Accept:'application/json'}})` +
  `.catch(function(){})}}g(b+'/session');var m=/^\\/p\\/([^/]+)(\\/orders)?\\/?$/.exec(location.pathname);` +
  `if(m)g(b+'/profiles/'+m[1]+'/orders'+location.search)}`;

/**
 * The first number or date format of a page starts ICU, the browser's internationalisation
 * data: 120–140 ms of a 4× slowed main thread. What ICU loads serves every thread of the page's
 * process, so a worker that makes one format pays it on another core while the main thread runs
 * the entry; the page's own first format then costs about a millisecond. (Made by the preload
 * script itself, as before, it held the parser and the requests the script sends for that
 * long.) Where a worker cannot start, the page's first format pays, as without it.
 */
const INTL_WORKER = `try{new Intl.NumberFormat('ru').format(0);new Intl.DateTimeFormat('ru',{timeZone:'UTC',hour:'2-digit'}).format(0)}catch(e){}close()`;

/**
 * Route chunks are otherwise discovered only once the entry has run (a second wave of
 * requests). A small script names, for the address being opened, the chunks its routes will
 * import, so the browser fetches them alongside the entry (it stays as `window.__cabinetPreload`
 * for the app to fetch another address's chunks ahead: `src/app/preload-route.ts`), sends the first requests
 * (`EARLY_REQUESTS`; not in a build with the mock gateway, whose worker starts with the app) and
 * starts ICU in a worker (`INTL_WORKER`).
 * It is a file of its own, not inline, so the Content-Security-Policy can forbid inline script.
 */
function routePreload(apiBase: string | null): Plugin {
  let base = '/';
  let script: { file: string; source: string; table: [string, string[]][]; worker: string } | null = null;
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
        // A route's module may be built into a larger chunk (see the chunking below): find the
        // chunk that holds it.
        const routeFile = (name: string) =>
          chunks.find((chunk) => chunk.moduleIds.some((id) => isRouteModule(id, name)));
        const table = ROUTE_MODULES.map(([pattern, names]): [string, string[]] => {
          const files = new Set<string>();
          for (const name of names) {
            const chunk = routeFile(name);
            if (chunk) for (const file of closure(chunk.fileName, new Set())) if (!loaded.has(file)) files.add(file);
          }
          return [pattern.source, [...files].map((file) => `${base}${file}`)];
        });
        const worker = `assets/intl-warm-${createHash('sha256').update(INTL_WORKER).digest('base64url').slice(0, 10)}.js`;
        const source =
          `(function(t){function r(p){for(var i=0;i<t.length;i++)if(new RegExp(t[i][0]).test(p)){t[i][1].forEach(function(f){` +
          `var l=document.createElement('link');l.rel='modulepreload';l.href=f;document.head.appendChild(l)});return}}` +
          `window.__cabinetPreload=r;r(location.pathname)})(${JSON.stringify(table)});` +
          (apiBase === null ? '' : `(${EARLY_REQUESTS})(${JSON.stringify(apiBase)});`) +
          `try{new Worker(${JSON.stringify(`${base}${worker}`)})}catch(e){}`;
        const hash = createHash('sha256').update(source).digest('base64url').slice(0, 10);
        script = { file: `assets/route-preload-${hash}.js`, source, table, worker };
        return [{ tag: 'script', attrs: { src: `${base}${script.file}` }, injectTo: 'head' }];
      },
    },
    writeBundle(options) {
      if (!script || !options.dir) return;
      writeFileSync(join(options.dir, script.file), script.source);
      writeFileSync(join(options.dir, script.worker), INTL_WORKER);
      // The same table for `measure:bundle`, which counts a page as the browser loads it.
      mkdirSync(join(options.dir, '.vite'), { recursive: true });
      writeFileSync(join(options.dir, '.vite', 'route-preload.json'), JSON.stringify(script.table, null, 2));
      // The worker's file, for the test that a page fetches nothing it does not name.
      writeFileSync(join(options.dir, '.vite', 'intl-worker.json'), JSON.stringify(`${base}${script.worker}`));
    },
  };
}

/**
 * Pages built as one chunk each (beyond the entry): the sign-in page, the orders monitor (which
 * a signed-in visitor opens first) and an order's page. Split the way the bundler splits by
 * default, the orders page was 67 small files; each is a request, a module record to link and a
 * script to compile, and together they cost an eighth to a quarter of the time to the first row
 * (4× throttled, A/B against the split build). One file also compresses better.
 */
const PAGE_CHUNKS = {
  'sign-in': ['login-route'],
  // The orders' loaders, imported when an orders page is opened, travel with the monitor.
  monitor: ['shell-route', 'profile-route', 'orders-route', 'order-loaders'],
  order: ['order-route'],
};

/** The chunk every page loads first: the entry's own static imports and what pages share with sign-in. */
const ENTRY_CHUNK = 'entry';

/** The English messages' module: a chunk of its own, fetched when English is chosen. */
const ENGLISH_MESSAGES = '/src/lib/i18n/en.ts';

/**
 * For each of `PAGE_CHUNKS`, the modules its routes import statically, collected once the
 * module graph is known. The sign-in page loads nothing but the entry and its own chunk: a
 * module it shares with another page goes to the entry (had it gone to the sign-in chunk, the
 * monitor would load all of that chunk for a few small helpers). So does a module the English
 * messages share with a page (the contract's labels): English on the sign-in page loads its own
 * chunk, not the monitor's. Any other module two pages share goes to the first listed: an
 * order's page loads the monitor's chunk anyway (its shell).
 */
function pageModules(): { plugin: Plugin; chunkOf: Map<string, string> } {
  const chunkOf = new Map<string, string>();
  const plugin: Plugin = {
    name: 'cabinet-page-modules',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const closure = (roots: string[], stop: ReadonlySet<string> = new Set()) => {
        const seen = new Set<string>();
        const visit = (id: string) => {
          if (seen.has(id) || stop.has(id)) return;
          seen.add(id);
          for (const child of this.getModuleInfo(id)?.importedIds ?? []) visit(child);
        };
        roots.forEach(visit);
        return seen;
      };
      const entry = closure(ids.filter((id) => this.getModuleInfo(id)?.isEntry));
      const pages = Object.entries(PAGE_CHUNKS).map(([chunk, routes]) => ({
        chunk,
        modules: closure(
          ids.filter((id) => routes.some((name) => isRouteModule(id, name))),
          entry,
        ),
      }));
      const [signIn, ...others] = pages;
      // The English messages, fetched on any page (the sign-in page too) when English is chosen.
      const english = closure(
        ids.filter((id) => id.endsWith(ENGLISH_MESSAGES)),
        entry,
      );
      chunkOf.clear();
      for (const id of entry) chunkOf.set(id, ENTRY_CHUNK);
      for (const id of signIn?.modules ?? []) {
        chunkOf.set(id, others.some((page) => page.modules.has(id)) ? ENTRY_CHUNK : signIn!.chunk);
      }
      for (const id of english) {
        if (!chunkOf.has(id) && pages.some((page) => page.modules.has(id))) chunkOf.set(id, ENTRY_CHUNK);
      }
      for (const page of others) for (const id of page.modules) if (!chunkOf.has(id)) chunkOf.set(id, page.chunk);
    },
  };
  return { plugin, chunkOf };
}

/**
 * react-router exports only its development build, which keeps its warnings' checks; a build
 * of the cabinet takes the production one, the same code with them turned off.
 */
const REACT_ROUTER_PRODUCTION = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

export default defineConfig(({ mode, command }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const mocks = env.VITE_MOCKS === 'on';
  // The client's own rule (`apiBaseUrl` in src/api/client.ts): the configured gateway, else this origin.
  const apiBase = env.VITE_API_BASE_URL ? env.VITE_API_BASE_URL.replace(/\/$/, '') : API_BASE_PATH;
  const pages = pageModules();
  return {
    plugins: [react(), mockWorker(mocks), routePreload(mocks ? null : apiBase), pages.plugin],
    resolve: {
      alias: [
        { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
        ...(command === 'build' ? [{ find: /^react-router$/, replacement: REACT_ROUTER_PRODUCTION }] : []),
      ],
    },
    server: { port: 5173, strictPort: false },
    build: {
      target: 'es2022',
      sourcemap: false,
      manifest: true,
      chunkSizeWarningLimit: 900,
      // One style sheet, linked from the page: a lazy chunk with CSS of its own would fetch it
      // only when imported, and wait for it, a request in series before its page renders. All
      // of the cabinet's CSS modules together are a few KiB.
      cssCodeSplit: false,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // Every page loads the entry: its own static imports and what sign-in shares with a page.
              { name: ENTRY_CHUNK, test: (id: string) => pages.chunkOf.get(id) === ENTRY_CHUNK, priority: 1 },
              ...Object.keys(PAGE_CHUNKS).map((name) => ({
                name,
                test: (id: string) => pages.chunkOf.get(id) === name,
              })),
            ],
          },
        },
      },
    },
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
