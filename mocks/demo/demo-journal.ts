import type { CancelActionRequest, Gateway } from '../gateway/gateway';
import type { Actor } from '../gateway/operations';

/**
 * What the in-page demo keeps between visits: the instant its history was generated at (the
 * same seed at the same instant gives the same orders) and every money action asked of it, in
 * order. Replaying the actions at their own instants rebuilds the state the visitor left.
 */
export interface DemoJournal {
  anchor: number;
  actions: JournalAction[];
}

export interface JournalAction {
  at: number;
  kind: 'confirm' | 'cancel';
  profileId: string;
  billnumber: string;
  request: CancelActionRequest;
  actor: Actor;
  key?: string;
}

/** Where the journal lives; localStorage in the browser, a map in tests. */
export interface JournalStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const DEMO_JOURNAL_KEY = 'cabinet-demo-data:v1';

function isJournal(value: unknown): value is DemoJournal {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<DemoJournal>;
  return typeof candidate.anchor === 'number' && Array.isArray(candidate.actions);
}

/** The stored journal, or null when there is none or it cannot be read (then the demo starts afresh). */
export function readJournal(storage: JournalStorage): DemoJournal | null {
  const text = storage.getItem(DEMO_JOURNAL_KEY);
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isJournal(value) ? value : null;
  } catch {
    return null;
  }
}

export function writeJournal(storage: JournalStorage, journal: DemoJournal): void {
  storage.setItem(DEMO_JOURNAL_KEY, JSON.stringify(journal));
}

export function clearJournal(storage: JournalStorage): void {
  storage.removeItem(DEMO_JOURNAL_KEY);
}

/** Runs one journalled action against a gateway; a refusal is part of the history too. */
export function applyAction(gateway: Pick<Gateway, 'confirm' | 'cancel'>, action: JournalAction): void {
  try {
    const { profileId, billnumber, request, actor, key } = action;
    if (action.kind === 'confirm') gateway.confirm(profileId, billnumber, request, actor, key);
    else gateway.cancel(profileId, billnumber, request, actor, key);
  } catch {
    // The refusal was shown when it first happened; replaying it only restores the audit log.
  }
}
