import type { SettingsByGroup } from '@/api/settings';
import {
  COPYABLE_GROUPS,
  type CopyableGroup,
  type SettingDifference,
  type SettingsCopyResult,
} from '@/api/settings-compare';
import type { SettingsStore } from '../settings/settings-store';

type Reason = SettingsCopyResult['kept'][number]['reason'];

/** What never crosses from test to live, whatever the groups chosen. */
const KEPT: { [G in CopyableGroup]?: Readonly<Record<string, Reason>> } = {
  payments: { baseCurrency: 'read-only', testMode: 'read-only' },
  signature: { secretWord: 'secret' },
};

/** Fields holding a URL the buyer or the notifications reach: plain http is for the test server only. */
const URL_FIELDS: ReadonlySet<string> = new Set(['returnUrlOk', 'returnUrlNo', 'url']);

const text = (value: unknown) => JSON.stringify(value ?? null);

function fieldsOf<G extends CopyableGroup>(store: SettingsStore, profileId: string, group: G) {
  return store.get(profileId, group) as SettingsByGroup[G] & Record<string, unknown>;
}

/** The settings that differ between the two profiles, secrets left out. */
export function compareSettings(
  store: SettingsStore,
  testProfileId: string,
  liveProfileId: string,
): SettingDifference[] {
  return COPYABLE_GROUPS.flatMap((group) => {
    const test = fieldsOf(store, testProfileId, group);
    const live = fieldsOf(store, liveProfileId, group);
    return Object.keys(test)
      .filter((field) => KEPT[group]?.[field] !== 'secret' && text(test[field]) !== text(live[field]))
      .map((field) => ({ group, field, test: text(test[field]), live: text(live[field]) }));
  });
}

/**
 * Copies the chosen groups from the test profile onto the live one, field by field, except
 * secrets, read-only fields and plain-http URLs; `preview` only reports what would change.
 */
export function copySettings(
  store: SettingsStore,
  testProfileId: string,
  liveProfileId: string,
  groups: readonly CopyableGroup[],
  preview: boolean,
  /** Saves a group of the live profile (as a new version of it). */
  write: (group: CopyableGroup, next: Record<string, unknown>) => void,
): SettingsCopyResult {
  const changes: SettingsCopyResult['changes'] = [];
  const kept: SettingsCopyResult['kept'] = [];
  for (const group of COPYABLE_GROUPS.filter((candidate) => groups.includes(candidate))) {
    const test = fieldsOf(store, testProfileId, group);
    const next: Record<string, unknown> = { ...fieldsOf(store, liveProfileId, group) };
    for (const field of Object.keys(test)) {
      if (text(test[field]) === text(next[field])) continue;
      const reason =
        KEPT[group]?.[field] ??
        (URL_FIELDS.has(field) && typeof test[field] === 'string' && !/^https:/i.test(test[field])
          ? 'live-needs-https'
          : undefined);
      if (reason) {
        // A secret's difference is not even named.
        if (reason !== 'secret') kept.push({ group, field, reason });
        continue;
      }
      changes.push({ group, field, before: text(next[field]), after: text(test[field]) });
      next[field] = structuredClone(test[field]);
    }
    if (!preview && changes.some((change) => change.group === group)) write(group, next);
  }
  return { applied: !preview, changes, kept };
}
