import * as z from 'zod/mini';
import { AmountInput, Currency, Instant, ProfileId } from './common';
import { ProfileMode } from './session';

/**
 * The path from the test profile to the live one (domain §8), as the gateway's facts show it:
 * each step's state follows from what happened (a signed request on the payment page, the
 * settings, the test payments), only the contracts are ticked by the shop's administrator.
 */
export const CHECKLIST_STEPS = [
  'test-profile',
  'form-integrated',
  'options-configured',
  'test-payments',
  'contracts-signed',
  'switch',
] as const;
export const ChecklistStepName = z.enum(CHECKLIST_STEPS);
export type ChecklistStepName = z.infer<typeof ChecklistStepName>;

export const CHECKLIST_FACTS = [
  'signed-request',
  'return-urls',
  'notification-url',
  'notification-delivered',
  'approved',
  'declined',
  'two-stage-confirmed',
  'refunded',
  'contracts',
  'requested',
  'reviewed',
] as const;
export const ChecklistFactName = z.enum(CHECKLIST_FACTS);
export type ChecklistFactName = z.infer<typeof ChecklistFactName>;

export const ChecklistStep = z
  .object({
    step: ChecklistStepName,
    /** `waiting`: nothing left for the shop to do; the gateway is reviewing. */
    state: z.enum(['done', 'todo', 'waiting']),
    /** `done: null`: the gateway cannot tell yet (no delivery log connected). */
    facts: z.array(z.object({ fact: ChecklistFactName, done: z.nullable(z.boolean()) })),
    doneAt: z.nullable(Instant),
  })
  .register(z.globalRegistry, { id: 'ChecklistStep' });
export type ChecklistStep = z.infer<typeof ChecklistStep>;

export const SwitchRequestState = z
  .object({
    state: z.enum(['not-requested', 'in-review', 'approved']),
    requestedAt: z.nullable(Instant),
    /** When the gateway's review ends (on the gateway's clock). */
    reviewDueAt: z.nullable(Instant),
    approvedAt: z.nullable(Instant),
  })
  .register(z.globalRegistry, { id: 'SwitchRequestState' });
export type SwitchRequestState = z.infer<typeof SwitchRequestState>;

/** What the gateway hands over when the shop goes live: shown to the administrator. */
export const IssuedLiveProfile = z
  .object({
    profileId: ProfileId,
    merchantId: z.string(),
    /** Where the shop's form must now send the buyer. */
    paymentUrl: z.string(),
    /** The live profile's own secret word, shown while the shop takes it over; null for a shop live before. */
    secretWord: z.nullable(z.string()),
    /** The live profile's own web-service account, issued with it (null for a shop live before). */
    webServiceLogin: z.nullable(z.string()),
    webServicePassword: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'IssuedLiveProfile' });
export type IssuedLiveProfile = z.infer<typeof IssuedLiveProfile>;

export const Onboarding = z
  .object({
    testProfileId: ProfileId,
    steps: z.array(ChecklistStep),
    switch: SwitchRequestState,
    /** The switch may be requested: the steps before it are done. */
    canRequestSwitch: z.boolean(),
    live: z.nullable(IssuedLiveProfile),
    /** The last request the payment page refused, so the shop learns why its form failed. */
    lastRefusal: z.nullable(z.object({ at: Instant, code: z.string() })),
  })
  .register(z.globalRegistry, { id: 'Onboarding' });
export type Onboarding = z.infer<typeof Onboarding>;

export const ContractsRequest = z
  .object({ signed: z.boolean() })
  .register(z.globalRegistry, { id: 'ContractsRequest' });
export type ContractsRequest = z.infer<typeof ContractsRequest>;

/** The integration helper's facts for one profile (test or live). */
export const Integration = z
  .object({
    profileId: ProfileId,
    mode: ProfileMode,
    merchantId: z.string(),
    /** The payment page of this profile's mode, absolute. */
    paymentUrl: z.string(),
    requireCheckValue: z.boolean(),
    secretWordSet: z.boolean(),
    returnUrlOk: z.nullable(z.string()),
    returnUrlNo: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'Integration' });
export type Integration = z.infer<typeof Integration>;

export const CheckValueRequest = z
  .object({
    ordernumber: z.string().check(z.trim(), z.minLength(1), z.maxLength(128)),
    amount: AmountInput,
    currency: Currency,
  })
  .register(z.globalRegistry, { id: 'CheckValueRequest' });
export type CheckValueRequest = z.infer<typeof CheckValueRequest>;

export const CheckValueAnswer = z
  .object({
    /** What is hashed: merchant_id;ordernumber;orderamount;ordercurrency (domain §9). */
    signedString: z.string(),
    /** null when the profile has no secret word yet. */
    checkValue: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'CheckValueAnswer' });
export type CheckValueAnswer = z.infer<typeof CheckValueAnswer>;

export const TEST_PAYMENT_CARDS = [
  '4111111111111111',
  '4000000000000002',
  '4000000000003220',
  '4000000000000119',
  '2200000000000004',
] as const;
export const TestPaymentCard = z.enum(TEST_PAYMENT_CARDS);
export type TestPaymentCard = z.infer<typeof TestPaymentCard>;

export const TestPaymentRequest = z
  .object({
    amount: AmountInput,
    currency: Currency,
    twoStage: z.boolean(),
    card: TestPaymentCard,
  })
  .register(z.globalRegistry, { id: 'TestPaymentRequest' });
export type TestPaymentRequest = z.infer<typeof TestPaymentRequest>;
