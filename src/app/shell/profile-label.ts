import type { TFunction } from 'i18next';
import type { Profile } from '@/api/session';

/** "Боевой · 600401": the profile's mode and merchant id, as the switch names it. */
export function profileLabel(t: TFunction, profile: Profile): string {
  return t('shell.profileOption', {
    mode: profile.mode === 'test' ? t('shell.modeTest') : t('shell.modeLive'),
    merchantId: profile.merchantId,
  });
}
