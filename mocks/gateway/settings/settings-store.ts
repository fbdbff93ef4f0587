import type { Profile } from '@/api/session';
import type { SecretWordState, SettingsByGroup, SettingsGroup } from '@/api/settings';
import type { Clock } from '../clock';
import { defaultSecretWord, defaultSettings, type StoredSettings } from './settings-defaults';

const DAY_MS = 24 * 60 * 60 * 1000;

interface SecretWords {
  current: string | null;
  setAt: number | null;
  previous: string | null;
  previousValidUntil: number | null;
}

/**
 * The shop's options per profile, and its secret words. This is what the rest of the gateway
 * reads (notifications, the payment page); validation, versions and ETags sit on top of it.
 */
export interface SettingsStore {
  /** A group as the API shows it (the secret word only as its state). */
  get<G extends SettingsGroup>(profileId: string, group: G): SettingsByGroup[G];
  /** Replaces a group's stored fields (read-only fields are kept as they were). */
  replace<G extends SettingsGroup>(profileId: string, group: G, value: SettingsByGroup[G]): void;
  /** Sets or rotates the secret word; the previous one stays valid for requests `overlapDays`. */
  setSecretWord(profileId: string, word: string, overlapDays: number): void;
  secretWordState(profileId: string): SecretWordState;
  /** Words a payment request's check value may be computed with now: current first. */
  requestSecretWords(profileId: string): string[];
  /** The word notifications are signed with (always the newest), or null when none is set. */
  notificationSecretWord(profileId: string): string | null;
  /** Adds a profile that appeared later (a shop going live). */
  addProfile(profile: Profile): void;
}

const READ_ONLY: { [G in SettingsGroup]?: readonly string[] } = {
  payments: ['baseCurrency', 'testMode'],
  signature: ['secretWord'],
  enterprise: ['timezone'],
};

export function createSettingsStore(profiles: readonly Profile[], clock: Clock): SettingsStore {
  const settings = new Map<string, StoredSettings>();
  const secrets = new Map<string, SecretWords>();

  const addProfile = (profile: Profile) => {
    settings.set(profile.id, defaultSettings(profile));
    secrets.set(profile.id, {
      current: defaultSecretWord(profile),
      setAt: null,
      previous: null,
      previousValidUntil: null,
    });
  };
  profiles.forEach(addProfile);

  const stored = (profileId: string): StoredSettings => {
    const found = settings.get(profileId);
    if (!found) throw new RangeError(`no settings for profile ${profileId}`);
    return found;
  };
  const wordsOf = (profileId: string): SecretWords => {
    const found = secrets.get(profileId);
    if (!found) throw new RangeError(`no secret words for profile ${profileId}`);
    return found;
  };
  const overlapLasts = (words: SecretWords) =>
    words.previous !== null && words.previousValidUntil !== null && clock.now() < words.previousValidUntil;

  const secretWordState = (profileId: string): SecretWordState => {
    const words = wordsOf(profileId);
    return {
      set: words.current !== null,
      setAt: words.setAt === null ? null : new Date(words.setAt).toISOString(),
      previousValidUntil: overlapLasts(words) ? new Date(words.previousValidUntil!).toISOString() : null,
    };
  };

  return {
    get(profileId, group) {
      const value = structuredClone(stored(profileId)[group]);
      if (group === 'signature') return { ...value, secretWord: secretWordState(profileId) } as never;
      return value as never;
    },
    replace(profileId, group, value) {
      const current = stored(profileId);
      const next: Record<string, unknown> = structuredClone({ ...value }) as Record<string, unknown>;
      for (const field of READ_ONLY[group] ?? []) {
        if (field === 'secretWord') delete next[field];
        else next[field] = (current[group] as Record<string, unknown>)[field];
      }
      (current as Record<SettingsGroup, unknown>)[group] = next;
    },
    setSecretWord(profileId, word, overlapDays) {
      const words = wordsOf(profileId);
      const now = clock.now();
      secrets.set(profileId, {
        current: word,
        setAt: now,
        previous: overlapDays > 0 ? words.current : null,
        previousValidUntil: overlapDays > 0 && words.current !== null ? now + overlapDays * DAY_MS : null,
      });
    },
    secretWordState,
    requestSecretWords(profileId) {
      const words = wordsOf(profileId);
      return [words.current, overlapLasts(words) ? words.previous : null].filter((w): w is string => w !== null);
    },
    notificationSecretWord: (profileId) => wordsOf(profileId).current,
    addProfile,
  };
}
