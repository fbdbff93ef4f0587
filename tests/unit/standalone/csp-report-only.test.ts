import { afterEach, describe, expect, it } from 'vitest';
import { parseArgs } from '../../../mocks/standalone/cli-args';
import { fakeBuild, startServer, type Running } from './server';

let running: Running | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function headersOf(cspReportOnly: boolean | undefined): Promise<Headers> {
  running = await startServer({ dist: fakeBuild(), ...(cspReportOnly === undefined ? {} : { cspReportOnly }) });
  return (await fetch(`${running.origin}/p/600401/orders`)).headers;
}

describe('the benchmark-only --csp-report-only switch of the standalone server', () => {
  it('is off unless named, and takes no value', () => {
    expect(parseArgs(['--port', '9000']).cspReportOnly).toBe(false);
    expect(parseArgs(['--csp-report-only', '--port', '9000'])).toMatchObject({ cspReportOnly: true, port: 9000 });
    expect(parseArgs(['--csp-report-only=false']).cspReportOnly).toBe(false);
    expect(() => parseArgs(['--csp-report-only=yes'])).toThrow(/takes no value/);
  });

  it('enforces the policy by default', async () => {
    const headers = await headersOf(undefined);
    expect(headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(headers.get('content-security-policy-report-only')).toBeNull();
  });

  it('sends the same policy as report-only when switched on, every other header unchanged', async () => {
    const enforced = await headersOf(false);
    const enforcedPolicy = enforced.get('content-security-policy');
    await running?.close();
    const reported = await headersOf(true);
    expect(reported.get('content-security-policy')).toBeNull();
    expect(reported.get('content-security-policy-report-only')).toBe(enforcedPolicy);
    for (const name of ['x-content-type-options', 'referrer-policy', 'x-frame-options', 'cross-origin-opener-policy']) {
      expect(reported.get(name)).toBe(enforced.get(name));
    }
  });
});
