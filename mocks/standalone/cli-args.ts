/**
 * Options of `npm run gateway -- --port 8787 [--orders N] [--test-orders N] [--seed S]
 * [--latency MS] [--dist dist] [--allow-origin URL,…] [--trust-proxy IP,…] [--csp-report-only]
 * [--check-responses=false]`.
 */
export interface ServerArgs {
  port: number;
  host: string;
  orders: number;
  testOrders: number;
  seed: number;
  latency: number;
  dist: string;
  /** Comma-separated origins that may call the API from a browser (CORS); none by default. */
  allowOrigin: string;
  /** Comma-separated proxy addresses whose X-Forwarded-For is believed; none by default. */
  trustProxy: string;
  /** The Content-Security-Policy is only reported, not enforced: for benchmark harnesses only. */
  cspReportOnly: boolean;
  /**
   * Every JSON answer is parsed with the contract's schema first, and a drifted one becomes a 500
   * (on by default, as in the tests). The check is the mock's test of itself, not the gateway's
   * behaviour, and it copies every answer: `measure:api` turns it off to time the gateway alone.
   */
  checkResponses: boolean;
}

const DEFAULTS: ServerArgs = {
  port: 8787,
  host: '127.0.0.1',
  orders: 20_000,
  testOrders: 2_000,
  seed: 1,
  latency: 0,
  dist: 'dist',
  allowOrigin: '',
  trustProxy: '',
  cspReportOnly: false,
  checkResponses: true,
};

const NUMERIC = new Set(['port', 'orders', 'testOrders', 'seed', 'latency']);
/** Switches take no value; `--flag=false` is accepted so that a script can turn one off. */
const SWITCHES = new Set(['cspReportOnly', 'checkResponses']);

function camel(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase());
}

export function parseArgs(argv: readonly string[]): ServerArgs {
  const args: ServerArgs = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument: ${arg}`);
    const [flag, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const key = camel(flag);
    if (!Object.hasOwn(DEFAULTS, key)) throw new Error(`unknown option --${flag}`);
    if (SWITCHES.has(key)) {
      if (inline !== undefined && inline !== 'true' && inline !== 'false') {
        throw new Error(`--${flag} takes no value (or =true, =false)`);
      }
      Object.assign(args, { [key]: inline !== 'false' });
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${flag} needs a value`);
    if (NUMERIC.has(key)) {
      const number = Number(value);
      if (!Number.isInteger(number) || number < 0) throw new Error(`--${flag} must be a non-negative integer`);
      Object.assign(args, { [key]: number });
    } else {
      Object.assign(args, { [key]: value });
    }
  }
  return args;
}
