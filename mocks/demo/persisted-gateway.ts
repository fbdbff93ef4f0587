import { createGateway, type Gateway, type GatewayOptions } from '../gateway/gateway';
import {
  applyAction,
  clearJournal,
  readJournal,
  writeJournal,
  type DemoJournal,
  type JournalAction,
  type JournalStorage,
} from './demo-journal';

export interface PersistedGateway {
  gateway: Gateway;
  /** Applies actions another tab journalled since this one last looked. */
  catchUp(): void;
  /** Forgets the journal: the next start generates a fresh history at its own now. */
  reset(): void;
}

/**
 * A gateway whose history is anchored at the first visit and whose money actions are journalled,
 * so a reload or another tab finds the same orders in the state the visitor left them. While the
 * history is generated and the journal replayed, the clock reads the instant being rebuilt; after
 * that it follows the real one.
 */
export function createPersistedGateway(
  storage: JournalStorage,
  options: Omit<GatewayOptions, 'now'>,
  realNow: () => number = () => Date.now(),
): PersistedGateway {
  const journal: DemoJournal = readJournal(storage) ?? { anchor: realNow(), actions: [] };
  let pinned: number | null = journal.anchor;
  const gateway = createGateway({ ...options, now: () => pinned ?? realNow() });

  let applied = 0;
  const replay = (actions: readonly JournalAction[]) => {
    for (const action of actions.slice(applied)) {
      pinned = Math.max(action.at, gateway.clock.now());
      applyAction(gateway, action);
    }
    applied = actions.length;
    pinned = null;
  };
  replay(journal.actions);
  writeJournal(storage, journal);

  const record = (action: Omit<JournalAction, 'at'>) => {
    const latest = readJournal(storage) ?? { anchor: journal.anchor, actions: [] };
    replay(latest.actions);
    latest.actions.push({ ...action, at: gateway.clock.now() });
    writeJournal(storage, latest);
    applied = latest.actions.length;
  };

  const { confirm, cancel } = gateway;
  const persisted: Gateway = {
    ...gateway,
    confirm(profileId, billnumber, request, actor, key) {
      record({ kind: 'confirm', profileId, billnumber, request, actor, key });
      return confirm(profileId, billnumber, request, actor, key);
    },
    cancel(profileId, billnumber, request, actor, key) {
      record({ kind: 'cancel', profileId, billnumber, request, actor, key });
      return cancel(profileId, billnumber, request, actor, key);
    },
  };

  return {
    gateway: persisted,
    catchUp() {
      const latest = readJournal(storage);
      if (latest && latest.anchor === journal.anchor) replay(latest.actions);
    },
    reset: () => clearJournal(storage),
  };
}
