import { z } from 'zod';

/** A secret being enrolled: the otpauth:// URI for the QR code and the key for typing by hand. */
export const TotpEnrolment = z
  .object({ secret: z.string(), uri: z.string().startsWith('otpauth://totp/') })
  .meta({ id: 'TotpEnrolment' });
export type TotpEnrolment = z.infer<typeof TotpEnrolment>;

export const TotpCodeRequest = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'code: 6 digits'),
  })
  .meta({ id: 'TotpCodeRequest' });
export type TotpCodeRequest = z.infer<typeof TotpCodeRequest>;

/** Shown once, at enrolment; the gateway keeps only their digests. */
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()).length(10) }).meta({ id: 'RecoveryCodes' });
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;
