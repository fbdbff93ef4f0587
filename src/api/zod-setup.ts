import { z } from 'zod';

/**
 * The cabinet's Content-Security-Policy forbids eval, so zod's compiled parsers could never run:
 * say so before any schema is built, instead of letting zod probe with `new Function` (a probe
 * a strict policy reports as a violation). Pages served with a report-only policy (benchmarks)
 * then parse exactly as production does.
 */
z.config({ jitless: true });
