import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addAccountMessages } from '@/lib/i18n/account-messages';
import { addAuditMessages } from '@/lib/i18n/audit-messages';
import { addGoliveMessages } from '@/lib/i18n/golive-messages';
import { i18n, languageReady } from '@/lib/i18n/i18n';
import { addNotificationsMessages } from '@/lib/i18n/notifications-messages';
import { addSettingsMessages } from '@/lib/i18n/settings-messages';
import { addUsersMessages } from '@/lib/i18n/users-messages';
import { addWebServiceMessages } from '@/lib/i18n/web-service-messages';

/** Each namespace beside `translation`, with the function that adds it. */
const NAMESPACES = {
  settings: addSettingsMessages,
  golive: addGoliveMessages,
  notifications: addNotificationsMessages,
  webService: addWebServiceMessages,
  users: addUsersMessages,
  audit: addAuditMessages,
  account: addAccountMessages,
} as const;

type Namespace = keyof typeof NAMESPACES;

/** Every key of a message tree, dotted, each with its value. */
function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (tree !== null && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree)) {
      for (const [path, leaf] of leaves(value, `${prefix}${key}.`)) found.set(path, leaf);
    }
  } else {
    found.set(prefix.slice(0, -1), tree);
  }
  return found;
}

function expectSameKeys(ru: unknown, en: unknown) {
  const ruLeaves = leaves(ru);
  const enLeaves = leaves(en);
  expect([...enLeaves.keys()].sort()).toEqual([...ruLeaves.keys()].sort());
  for (const [key, value] of [...ruLeaves, ...enLeaves]) {
    expect(typeof value === 'string' && value.trim() !== '', `${key} has a text`).toBe(true);
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the namespaces beside translation', () => {
  it('come in Russian and English with the same keys, as translation does', async () => {
    await languageReady;
    for (const [namespace, add] of Object.entries(NAMESPACES)) {
      add();
      expect(i18n.hasResourceBundle('ru', namespace), namespace).toBe(true);
      expectSameKeys(i18n.getResourceBundle('ru', namespace), i18n.getResourceBundle('en', namespace));
    }
    // Translation in Russian is two parts: the entry's, and the signed-in pages' (added by the shell).
    const [{ ru }, { en }, { addSignedInMessages }] = await Promise.all([
      import('@/lib/i18n/ru'),
      import('@/lib/i18n/en'),
      import('@/lib/i18n/signed-in-ru'),
    ]);
    expect(ru).not.toHaveProperty('orders');
    addSignedInMessages();
    expectSameKeys(i18n.getResourceBundle('ru', 'translation'), en);
  });

  // A component may be rendered by a route other than its feature's (an order's page shows the
  // notifications and the audit entries): a module that reads a namespace adds it itself. The
  // settings components are rendered by the settings route only, which adds theirs.
  it('are added by every module that reads one', () => {
    const root = join(import.meta.dirname, '../../../src');
    const missing: string[] = [];
    for (const file of sourceFiles(root)) {
      const source = readFileSync(file, 'utf8');
      const read = new Set<string>();
      for (const match of source.matchAll(/useTranslation\(\s*\[?\s*'(\w+)'(?:\s*,\s*'(\w+)')?/g)) {
        read.add(match[1]!);
        if (match[2]) read.add(match[2]);
      }
      for (const match of source.matchAll(/\bt\(\s*'(\w+):/g)) read.add(match[1]!);
      for (const match of source.matchAll(/\bns:\s*'(\w+)'/g)) read.add(match[1]!);
      for (const namespace of read) {
        if (namespace === 'translation' || (namespace === 'settings' && file.includes('/features/settings/'))) continue;
        expect(Object.keys(NAMESPACES), `${relative(root, file)} reads ${namespace}`).toContain(namespace);
        const add = NAMESPACES[namespace as Namespace].name;
        if (!new RegExp(`^${add}\\(\\);$`, 'm').test(source)) missing.push(`${relative(root, file)}: ${add}()`);
      }
    }
    expect(missing).toEqual([]);
  });
});
