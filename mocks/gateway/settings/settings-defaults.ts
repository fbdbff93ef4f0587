import type { Profile } from '@/api/session';
import type { SettingsByGroup } from '@/api/settings';
import { ENTERPRISE } from '../enterprise';

/** Stored groups: the signature group's secret-word state lives in the secret store instead. */
export type StoredSettings = Omit<SettingsByGroup, 'signature'> & {
  signature: Omit<SettingsByGroup['signature'], 'secretWord'>;
};

/** What a profile starts with: the demo shop's settings as the gateway's support filled them in. */
export function defaultSettings(profile: Profile): StoredSettings {
  const test = profile.mode === 'test';
  const shop = test ? 'http://localhost:4010' : 'https://polka.example';
  return {
    payments: {
      baseCurrency: 'RUB',
      testMode: test,
      paymentPageTimeoutMinutes: 20,
      returnUrlOk: `${shop}/payment/ok`,
      returnUrlNo: `${shop}/payment/fail`,
      afterPayment: 'redirect',
      defaultStage: 'one-stage',
      allowedMeans: ['visa', 'mastercard', 'mir', 'sbp'],
    },
    notifications: {
      enabled: !test,
      url: test ? null : `${shop}/assist/notify`,
      protocol: 'POST',
      events: ['payment', 'confirmation', 'cancel'],
      onlySuccessful: false,
      signature: 'md5',
    },
    signature: { requireCheckValue: !test, rsaPublicKey: null },
    register: {
      registerRecipients: ['buh@polka.example.ru'],
      registerOrders: 'all',
      registerTimeZone: 'merchant',
      decimalSeparator: ',',
      letterRecipients: [],
      lettersOn: [],
    },
    enterprise: {
      name: ENTERPRISE.name,
      contactName: 'Ирина Соколова',
      contactPhone: '+7 495 000-00-00',
      contactEmail: 'office@polka.example.ru',
      legalAddress: '125009, Москва, ул. Тверская, д. 1',
      postalAddress: '125009, Москва, ул. Тверская, д. 1',
      inn: '7701234567',
      bankName: 'ПАО Сбербанк',
      bik: '044525225',
      account: '40702810900000000001',
      timezone: ENTERPRISE.timezone,
    },
  };
}

/** The demo's secret words, so that the demo shop and the docs can verify check values. */
export function defaultSecretWord(profile: Profile): string {
  return profile.mode === 'test' ? 'TestWord2026' : 'LiveWord2026';
}
