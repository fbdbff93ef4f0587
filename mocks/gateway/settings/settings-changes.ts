import type { SettingsChange, SettingsValue } from '@/api/settings-versions';

type Fields = Record<string, unknown>;

/** A stored field as history shows it: plain values as they are, anything else as JSON. */
function shown(value: unknown): SettingsValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return [...(value as string[])];
  return JSON.stringify(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose values differ between two snapshots of a group, in the group's field order. */
export function changesBetween(before: Fields, after: Fields): SettingsChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => !same(before[field], after[field]))
    .map((field) => ({ field, before: shown(before[field]), after: shown(after[field]) }));
}

const text = (value: SettingsValue) =>
  value === null ? '—' : Array.isArray(value) ? `[${value.join(', ')}]` : String(value);

/** The audit log's "before → after", one field after another. */
export function changesDetail(changes: readonly SettingsChange[]): string {
  return changes.map((change) => `${change.field}: ${text(change.before)} → ${text(change.after)}`).join('; ');
}
