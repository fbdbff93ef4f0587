import type { AccessPersistence, AccessSnapshot } from './gateway/access/access-state';

/**
 * The in-page demo's gateway is re-created on every page load; its users and sessions live on
 * in this one key of its own, so a reload (or a browser reopened with its storage) stays signed
 * in. Passwords and recovery codes are kept as digests only. The standalone server keeps all
 * of this in memory and writes nothing anywhere.
 */
const KEY = 'cabinet.demo-gateway.access';

export function demoAccessStore(storage: Storage = window.localStorage): AccessPersistence {
  return {
    load() {
      try {
        const text = storage.getItem(KEY);
        const snapshot = text === null ? null : (JSON.parse(text) as AccessSnapshot);
        return snapshot?.version === 1 ? snapshot : null;
      } catch {
        return null;
      }
    },
    save(snapshot) {
      try {
        storage.setItem(KEY, JSON.stringify(snapshot));
      } catch {
        // A full or unavailable storage only costs the demo its sessions on the next reload.
      }
    },
  };
}
