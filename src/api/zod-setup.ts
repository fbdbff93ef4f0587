import * as z from 'zod/mini';

/**
 * The cabinet's Content-Security-Policy forbids eval, so zod's compiled parsers could never run:
 * say so before anything is parsed, instead of letting zod probe with `new Function` (a probe a
 * strict policy reports as a violation). Pages served with a report-only policy (benchmarks) then
 * parse exactly as production does.
 *
 * The contract is written with `zod/mini`, whose functions tree-shake (the classic API carries
 * every method on every schema). It ships no messages: the cabinet never shows zod's text (its
 * forms map issues to their own words), and the gateway loads English for its field errors.
 */
z.config({ jitless: true });
