import type { ProfileMode, SettingsByGroup, SettingsGroup } from '@/api/settings';
import { settingsSchemaFor } from '@/api/settings';
import { SECRET_MASK, type SettingsChange, type SettingsStateOf, type SettingsVersion } from '@/api/settings-versions';
import type { AuditTrail } from '../access/audit-trail';
import type { Clock } from '../clock';
import { FIRSTCODE, GatewayError, notFound } from '../errors';
import { changesBetween, changesDetail } from './settings-changes';
import type { SettingsStore } from './settings-store';

type Fields = Record<string, unknown>;

interface VersionRecord {
  version: number;
  at: number | null;
  by: string | null;
  restoredFrom: number | null;
  changes: SettingsChange[];
  /** The group's stored fields as this version left them (no secret word). */
  snapshot: Fields;
}

export interface SettingsActor {
  login: string;
  ip: string;
}

/**
 * Versions, ETags and history on top of the settings store: every save is checked against the
 * version it was based on, recorded with who, when and what changed, and goes to the audit log.
 * The secret word is never part of a snapshot; its change is recorded masked.
 */
export interface SettingsVersions {
  current<G extends SettingsGroup>(profileId: string, group: G): SettingsStateOf<G>;
  save<G extends SettingsGroup>(
    profileId: string,
    group: G,
    value: SettingsByGroup[G],
    basedOn: number,
    actor: SettingsActor,
  ): SettingsStateOf<G>;
  restore(
    profileId: string,
    group: SettingsGroup,
    version: number,
    basedOn: number,
    actor: SettingsActor,
  ): SettingsStateOf<SettingsGroup>;
  history(profileId: string, group: SettingsGroup): SettingsVersion[];
  setSecretWord(
    profileId: string,
    word: string,
    overlapDays: number,
    actor: SettingsActor,
  ): SettingsStateOf<'signature'>;
}

interface Options {
  store: SettingsStore;
  clock: Clock;
  trail: AuditTrail;
  modeOf(profileId: string): ProfileMode;
}

function withoutSecret(value: Fields): Fields {
  const copy = { ...value };
  delete copy.secretWord;
  return copy;
}

function preconditionFailed(current: number): GatewayError {
  return new GatewayError({
    code: 'precondition-failed',
    status: 412,
    firstcode: FIRSTCODE.forbiddenOperation,
    message: `Настройки уже изменены: текущая версия ${current}. Загрузите её и повторите изменения.`,
  });
}

export function createSettingsVersions({ store, clock, trail, modeOf }: Options): SettingsVersions {
  const records = new Map<string, VersionRecord[]>();

  const snapshotOf = (profileId: string, group: SettingsGroup): Fields =>
    withoutSecret(store.get(profileId, group) as unknown as Fields);

  /** A group's versions; the first read records what the shop was set up with as version 1. */
  const versionsOf = (profileId: string, group: SettingsGroup): VersionRecord[] => {
    const key = `${profileId}/${group}`;
    let list = records.get(key);
    if (!list) {
      list = [
        { version: 1, at: null, by: null, restoredFrom: null, changes: [], snapshot: snapshotOf(profileId, group) },
      ];
      records.set(key, list);
    }
    return list;
  };
  const latest = (profileId: string, group: SettingsGroup) => versionsOf(profileId, group).at(-1)!;

  const stateOf = <G extends SettingsGroup>(profileId: string, group: G): SettingsStateOf<G> => {
    const head = latest(profileId, group);
    return {
      group,
      version: head.version,
      updatedAt: head.at === null ? null : new Date(head.at).toISOString(),
      updatedBy: head.by,
      value: store.get(profileId, group),
    } as unknown as SettingsStateOf<G>;
  };

  const checkBasedOn = (profileId: string, group: SettingsGroup, basedOn: number) => {
    const head = latest(profileId, group);
    if (head.version !== basedOn) throw preconditionFailed(head.version);
  };

  /** The live profile's rule for URLs, which the body's schema alone cannot know. */
  const checkForProfile = (profileId: string, group: SettingsGroup, value: unknown) => {
    const parsed = settingsSchemaFor(group, modeOf(profileId)).safeParse(value);
    if (parsed.success) return;
    const issue = parsed.error.issues[0]!;
    throw new GatewayError({
      code: 'https-required',
      status: 422,
      firstcode: FIRSTCODE.badValue,
      field: issue.path.map(String).join('.'),
      message: 'В боевом профиле адрес должен начинаться с https://',
    });
  };

  const record = (
    profileId: string,
    group: SettingsGroup,
    actor: SettingsActor,
    action: string,
    changes: SettingsChange[],
    restoredFrom: number | null = null,
  ) => {
    const list = versionsOf(profileId, group);
    list.push({
      version: list.at(-1)!.version + 1,
      at: clock.now(),
      by: actor.login,
      restoredFrom,
      changes,
      snapshot: snapshotOf(profileId, group),
    });
    trail.emit({
      action,
      outcome: 'applied',
      login: actor.login,
      ip: actor.ip,
      profileId,
      target: `settings/${group}`,
      detail: `${restoredFrom === null ? '' : `v${restoredFrom}: `}${changesDetail(changes)}`,
    });
  };

  return {
    current: stateOf,
    save(profileId, group, value, basedOn, actor) {
      checkBasedOn(profileId, group, basedOn);
      checkForProfile(profileId, group, value);
      const before = latest(profileId, group).snapshot;
      store.replace(profileId, group, value);
      const changes = changesBetween(before, snapshotOf(profileId, group));
      if (changes.length > 0) record(profileId, group, actor, 'settings-save', changes);
      return stateOf(profileId, group);
    },
    restore(profileId, group, version, basedOn, actor) {
      const target = versionsOf(profileId, group).find((candidate) => candidate.version === version);
      if (!target) throw notFound(`Версии ${version} нет`);
      checkBasedOn(profileId, group, basedOn);
      const before = latest(profileId, group).snapshot;
      const current = store.get(profileId, group) as unknown as Fields;
      store.replace(profileId, group, { ...current, ...structuredClone(target.snapshot) } as never);
      const changes = changesBetween(before, snapshotOf(profileId, group));
      record(profileId, group, actor, 'settings-restore', changes, version);
      return stateOf(profileId, group);
    },
    history: (profileId, group) =>
      versionsOf(profileId, group)
        .map(({ version, at, by, restoredFrom, changes }) => ({
          version,
          at: at === null ? null : new Date(at).toISOString(),
          by,
          restoredFrom,
          changes: changes.map((change) => ({ ...change })),
        }))
        .reverse(),
    setSecretWord(profileId, word, overlapDays, actor) {
      versionsOf(profileId, 'signature');
      const wasSet = store.secretWordState(profileId).set;
      store.setSecretWord(profileId, word, overlapDays);
      record(profileId, 'signature', actor, 'secret-word-set', [
        { field: 'secretWord', before: wasSet ? SECRET_MASK : null, after: SECRET_MASK },
        { field: 'overlapDays', before: null, after: overlapDays },
      ]);
      return stateOf(profileId, 'signature');
    },
  };
}
