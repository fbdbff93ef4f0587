import * as z from 'zod/mini';

/** A secret being enrolled: the otpauth:// URI for the QR code and the key for typing by hand. */
export const TotpEnrolment = z
  .object({ secret: z.string(), uri: z.string().check(z.startsWith('otpauth://totp/')) })
  .register(z.globalRegistry, { id: 'TotpEnrolment' });
export type TotpEnrolment = z.infer<typeof TotpEnrolment>;

export const TotpCodeRequest = z
  .object({
    code: z.string().check(z.trim(), z.regex(/^\d{6}$/, 'code: 6 digits')),
  })
  .register(z.globalRegistry, { id: 'TotpCodeRequest' });
export type TotpCodeRequest = z.infer<typeof TotpCodeRequest>;

/** Shown once, at enrolment; the gateway keeps only their digests. */
export const RecoveryCodes = z
  .object({ recoveryCodes: z.array(z.string()).check(z.length(10)) })
  .register(z.globalRegistry, { id: 'RecoveryCodes' });
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;
