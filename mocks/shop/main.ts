import { parseArgs } from 'node:util';
import { createShopReceiver, isShopMode } from './shop-receiver';
import { createShopServer } from './shop-server';

/**
 * The demo shop: `npm run shop -- --port 4010 --secret TestWord2026 [--mode acknowledge|error|silent]
 * [--host 127.0.0.1]`. Point a profile's result notifications at http://host:port/assist/notify.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    secret: { type: 'string' },
    mode: { type: 'string', default: 'acknowledge' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`--port: 1–65535, not ${values.port}`);
if (!values.secret) throw new Error('--secret: the profile’s secret word is required');
if (!isShopMode(values.mode)) throw new Error('--mode: acknowledge, error or silent');

const server = createShopServer(createShopReceiver({ secret: values.secret, mode: values.mode }));
server.listen(port, values.host, () => {
  const url = `http://${values.host}:${port}`;
  console.log(`Demo shop: notifications to ${url}/assist/notify, received at ${url}/ (mode ${values.mode})`);
});

function stop(): void {
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
