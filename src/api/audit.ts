import { z } from 'zod';
import { Instant, ProfileId } from './common';

export const AUDIT_OUTCOMES = ['applied', 'replayed', 'refused', 'locked'] as const;
export const AuditOutcome = z.enum(AUDIT_OUTCOMES).meta({ id: 'AuditOutcome' });
export type AuditOutcome = z.infer<typeof AuditOutcome>;

/** One entry of the append-only audit log: who did what, when, from where, with what outcome. */
export const AuditEntry = z
  .object({
    id: z.string(),
    at: Instant,
    /** The acting user (for a sign-in: the login as typed). */
    user: z.string(),
    ip: z.string(),
    action: z.string(),
    outcome: AuditOutcome,
    /** The refusal's code, when refused or locked. */
    code: z.string().nullable(),
    profileId: ProfileId.nullable(),
    /** What was acted on: an order's billnumber, a user's login, an endpoint. */
    object: z.string().nullable(),
    amount: z.string().nullable(),
    currency: z.string().nullable(),
    /** Before → after for changes (secrets masked), or other detail. */
    detail: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

export const AuditFilters = z
  .object({
    user: z.preprocess(emptyToUndefined, z.string().max(64).optional()),
    action: z.preprocess(emptyToUndefined, z.string().max(40).optional()),
    outcome: z.preprocess(emptyToUndefined, AuditOutcome.optional()),
    object: z.preprocess(emptyToUndefined, z.string().max(64).optional()),
    from: z.preprocess(emptyToUndefined, Instant.optional()),
    to: z.preprocess(emptyToUndefined, Instant.optional()),
  })
  .strict();
export type AuditFilters = z.infer<typeof AuditFilters>;

export const AuditQuery = AuditFilters.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
})
  .strict()
  .meta({ id: 'AuditQuery' });
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z
  .object({ items: z.array(AuditEntry), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'AuditPage' });
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditList = z.object({ items: z.array(AuditEntry) }).meta({ id: 'AuditList' });
export type AuditList = z.infer<typeof AuditList>;
