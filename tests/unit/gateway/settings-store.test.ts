import { describe, expect, it } from 'vitest';
import { createClock } from '../../../mocks/gateway/clock';
import { PROFILES, TEST_PROFILE_ID } from '../../../mocks/gateway/enterprise';
import { createSettingsStore } from '../../../mocks/gateway/settings/settings-store';

const DAY = 24 * 60 * 60 * 1000;

describe('settings store', () => {
  it('keeps read-only fields whatever a save sends', () => {
    const store = createSettingsStore(PROFILES, createClock('2026-11-28T09:00:00Z'));
    const payments = store.get(TEST_PROFILE_ID, 'payments');
    store.replace(TEST_PROFILE_ID, 'payments', {
      ...payments,
      testMode: false,
      baseCurrency: 'USD',
      paymentPageTimeoutMinutes: 30,
    });
    expect(store.get(TEST_PROFILE_ID, 'payments')).toMatchObject({
      testMode: true,
      baseCurrency: 'RUB',
      paymentPageTimeoutMinutes: 30,
    });
  });

  it('accepts the previous secret word for requests only during the overlap, signs notifications with the new one', () => {
    const clock = createClock('2026-11-28T09:00:00Z');
    const store = createSettingsStore(PROFILES, clock);
    const [before] = store.requestSecretWords(TEST_PROFILE_ID);
    store.setSecretWord(TEST_PROFILE_ID, 'NewWord-2027', 2);
    expect(store.requestSecretWords(TEST_PROFILE_ID)).toEqual(['NewWord-2027', before]);
    expect(store.notificationSecretWord(TEST_PROFILE_ID)).toBe('NewWord-2027');
    expect(store.secretWordState(TEST_PROFILE_ID)).toEqual({
      set: true,
      setAt: '2026-11-28T09:00:00.000Z',
      previousValidUntil: '2026-11-30T09:00:00.000Z',
    });
    clock.advance(2 * DAY);
    expect(store.requestSecretWords(TEST_PROFILE_ID)).toEqual(['NewWord-2027']);
    expect(store.secretWordState(TEST_PROFILE_ID).previousValidUntil).toBeNull();
  });

  it('never shows the word itself', () => {
    const store = createSettingsStore(PROFILES, createClock('2026-11-28T09:00:00Z'));
    store.setSecretWord(TEST_PROFILE_ID, 'Visible?-No', 0);
    expect(JSON.stringify(store.get(TEST_PROFILE_ID, 'signature'))).not.toContain('Visible?-No');
  });
});
