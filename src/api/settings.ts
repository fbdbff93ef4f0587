import * as z from 'zod/mini';
import { Currency, Instant } from './common';
import { SETTINGS_GROUPS } from './settings-groups';

/**
 * The shop's options per profile (domain §7), in the groups the gateway's own cabinet uses. Each
 * group is read and saved on its own (`/profiles/{profileId}/settings/{group}`) under an ETag,
 * so two admins never overwrite each other. The secret word is write-only: answers carry only
 * whether it is set, since when, and until when the previous one is still accepted.
 */

export { SETTINGS_GROUPS };
export const SettingsGroup = z.enum(SETTINGS_GROUPS).register(z.globalRegistry, { id: 'SettingsGroup' });
export type SettingsGroup = z.infer<typeof SettingsGroup>;

/** An absolute http(s) URL; the live profile additionally requires https (checked per profile). */
export const AbsoluteUrl = z.string().check(
  z.trim(),
  z.maxLength(2000),
  z.refine((text) => /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(text), 'url-absolute'),
);

const EmailList = z.array(z.email('email').check(z.maxLength(254))).check(z.maxLength(20));

/** The URL fields of each group: the live profile accepts only https in them. */
export const SETTINGS_URL_FIELDS = {
  payments: ['returnUrlOk', 'returnUrlNo'],
  notifications: ['url'],
} as const satisfies { [G in SettingsGroup]?: readonly string[] };

const PEM_PUBLIC_KEY = /^-----BEGIN (RSA )?PUBLIC KEY-----\r?\n[A-Za-z0-9+/=\r\n]+-----END (RSA )?PUBLIC KEY-----\s*$/;

export const PAYMENT_MEANS_SETTING = [
  'visa',
  'mastercard',
  'mir',
  'unionpay',
  'sbp',
  'yoomoney',
  'webmoney',
  'qiwi',
] as const;
export const PaymentMeanSetting = z.enum(PAYMENT_MEANS_SETTING);
export type PaymentMeanSetting = z.infer<typeof PaymentMeanSetting>;

export const PaymentSettings = z
  .object({
    /** Read-only: fixed by the contract. */
    baseCurrency: Currency,
    /** Read-only: the profile's mode. */
    testMode: z.boolean(),
    paymentPageTimeoutMinutes: z.int().check(z.minimum(5), z.maximum(1440)),
    returnUrlOk: z.nullable(AbsoluteUrl),
    returnUrlNo: z.nullable(AbsoluteUrl),
    /** "go to the shop's page" on: redirect to the return URL; off: the gateway's result page. */
    afterPayment: z.enum(['redirect', 'result-page']),
    /** One-stage (charge at once) or two-stage (`Delayed`, confirm later) by default. */
    defaultStage: z.enum(['one-stage', 'two-stage']),
    allowedMeans: z.array(PaymentMeanSetting).check(z.minLength(1)),
  })
  .register(z.globalRegistry, { id: 'PaymentSettings' });
export type PaymentSettings = z.infer<typeof PaymentSettings>;

export const NOTIFICATION_EVENTS = ['payment', 'confirmation', 'cancel', 'points'] as const;
export const NotificationEvent = z.enum(NOTIFICATION_EVENTS);
export type NotificationEvent = z.infer<typeof NotificationEvent>;

export const NotificationSettings = z
  .object({
    enabled: z.boolean(),
    url: z.nullable(AbsoluteUrl),
    protocol: z.enum(['POST', 'SOAP']),
    events: z.array(NotificationEvent),
    /** Only approved/confirmed/cancelled results, no declines. */
    onlySuccessful: z.boolean(),
    signature: z.enum(['md5', 'rsa']),
  })
  .register(z.globalRegistry, { id: 'NotificationSettings' });
export type NotificationSettings = z.infer<typeof NotificationSettings>;

/** What the gateway says about the secret word: never the word itself. */
export const SecretWordState = z
  .object({
    set: z.boolean(),
    setAt: z.nullable(Instant),
    /** While the rotation overlap lasts, requests signed with the previous word are still accepted. */
    previousValidUntil: z.nullable(Instant),
  })
  .register(z.globalRegistry, { id: 'SecretWordState' });
export type SecretWordState = z.infer<typeof SecretWordState>;

export const SignatureSettings = z
  .object({
    /** Payment requests must carry a valid check value. */
    requireCheckValue: z.boolean(),
    /** Read-only here; changed through the secret-word endpoint. */
    secretWord: SecretWordState,
    /** PEM of the shop's RSA public key for signed requests, or null. */
    rsaPublicKey: z.nullable(z.string().check(z.trim(), z.maxLength(10_000), z.regex(PEM_PUBLIC_KEY, 'pem'))),
  })
  .register(z.globalRegistry, { id: 'SignatureSettings' });
export type SignatureSettings = z.infer<typeof SignatureSettings>;

export const SetSecretWordRequest = z
  .object({
    /** Strong enough to resist guessing: letters and digits, no spaces, not one repeated character. */
    secretWord: z.string().check(
      z.minLength(8),
      z.maxLength(64),
      z.refine((word) => !/\s/.test(word), 'secret-spaces'),
      z.refine((word) => /\p{L}/u.test(word) && /\d/.test(word), 'secret-weak'),
      z.refine((word) => new Set(word).size >= 4, 'secret-repetitive'),
    ),
    /** How many days the previous word stays valid for requests' check values (0–7). */
    overlapDays: z.int().check(z.minimum(0), z.maximum(7)),
  })
  .register(z.globalRegistry, { id: 'SetSecretWordRequest' });
export type SetSecretWordRequest = z.infer<typeof SetSecretWordRequest>;

export const RegisterSettings = z
  .object({
    registerRecipients: EmailList,
    registerOrders: z.enum(['all', 'successful', 'all-but-failed']),
    registerTimeZone: z.enum(['utc', 'merchant']),
    decimalSeparator: z.enum(['.', ',']),
    letterRecipients: EmailList,
    lettersOn: z.array(z.enum(['payment', 'confirmation', 'cancel'])),
  })
  .register(z.globalRegistry, { id: 'RegisterSettings' });
export type RegisterSettings = z.infer<typeof RegisterSettings>;

/** Sends a past day's register again, to the recipients the settings name now. */
export const ResendRegisterRequest = z
  .object({ day: z.iso.date() })
  .register(z.globalRegistry, { id: 'ResendRegisterRequest' });
export type ResendRegisterRequest = z.infer<typeof ResendRegisterRequest>;

export const RegisterResend = z
  .object({ day: z.iso.date(), recipients: z.array(z.string()), sentAt: Instant })
  .register(z.globalRegistry, { id: 'RegisterResend' });
export type RegisterResend = z.infer<typeof RegisterResend>;

export const EnterpriseSettings = z
  .object({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    contactName: z.string().check(z.trim(), z.maxLength(200)),
    contactPhone: z.string().check(z.trim(), z.maxLength(40)),
    contactEmail: z.nullable(z.email('email').check(z.maxLength(254))),
    legalAddress: z.string().check(z.trim(), z.maxLength(500)),
    postalAddress: z.string().check(z.trim(), z.maxLength(500)),
    inn: z.string().check(z.regex(/^(\d{10}|\d{12})$/, 'inn')),
    bankName: z.string().check(z.trim(), z.maxLength(200)),
    bik: z.string().check(z.regex(/^\d{9}$/, 'bik')),
    account: z.string().check(z.regex(/^\d{20}$/, 'account')),
    /** Read-only: set by the gateway's support. */
    timezone: z.string(),
  })
  .register(z.globalRegistry, { id: 'EnterpriseSettings' });
export type EnterpriseSettings = z.infer<typeof EnterpriseSettings>;

export interface SettingsByGroup {
  payments: PaymentSettings;
  notifications: NotificationSettings;
  signature: SignatureSettings;
  register: RegisterSettings;
  enterprise: EnterpriseSettings;
}

export const SETTINGS_SCHEMAS: { [G in SettingsGroup]: z.ZodMiniType<SettingsByGroup[G]> } = {
  payments: PaymentSettings,
  notifications: NotificationSettings,
  signature: SignatureSettings,
  register: RegisterSettings,
  enterprise: EnterpriseSettings,
};

export type ProfileMode = 'live' | 'test';

/**
 * A group's schema as a profile applies it: the live profile takes only https URLs, so that the
 * shop's customers and notifications never leave the gateway unencrypted. The API validates
 * with it, and so does the cabinet's form.
 */
export function settingsSchemaFor<G extends SettingsGroup>(
  group: G,
  mode: ProfileMode,
): z.ZodMiniType<SettingsByGroup[G]> {
  const schema = SETTINGS_SCHEMAS[group];
  const urlFields: readonly string[] =
    (SETTINGS_URL_FIELDS as Partial<Record<SettingsGroup, readonly string[]>>)[group] ?? [];
  if (mode !== 'live' || urlFields.length === 0) return schema;
  return schema.check(
    z.superRefine((value, context) => {
      for (const field of urlFields) {
        const url = (value as Record<string, unknown>)[field];
        if (typeof url === 'string' && !/^https:\/\//i.test(url)) {
          context.addIssue({ code: 'custom', path: [field], message: 'url-https' });
        }
      }
    }),
  );
}
