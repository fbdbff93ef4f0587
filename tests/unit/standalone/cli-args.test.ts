import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../mocks/standalone/cli-args';

describe('the standalone server’s --check-responses switch', () => {
  it('checks every answer against the contract unless turned off by name', () => {
    expect(parseArgs([]).checkResponses).toBe(true);
    expect(parseArgs(['--check-responses']).checkResponses).toBe(true);
    expect(parseArgs(['--check-responses=false', '--port', '9000'])).toMatchObject({
      checkResponses: false,
      port: 9000,
    });
    expect(() => parseArgs(['--check-responses=no'])).toThrow(/takes no value/);
  });
});
