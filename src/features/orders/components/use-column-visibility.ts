import { useCallback, useState } from 'react';

const STORAGE_KEY = 'cabinet.orders.columns';

/** Shown or not, per column field; a field not named is shown. */
export type ColumnVisibility = Record<string, boolean>;

/** Columns the gateway's monitor has but most people do not need every day. */
export const DEFAULT_COLUMN_VISIBILITY: ColumnVisibility = {
  cardholder: false,
  processing: false,
  threedsresult: false,
};

function readStored(): ColumnVisibility {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!raw) return DEFAULT_COLUMN_VISIBILITY;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return DEFAULT_COLUMN_VISIBILITY;
    const model: ColumnVisibility = {};
    for (const [field, visible] of Object.entries(parsed)) if (typeof visible === 'boolean') model[field] = visible;
    return model;
  } catch {
    return DEFAULT_COLUMN_VISIBILITY;
  }
}

/** Which columns the user shows; kept in localStorage so the grid stays as they left it. */
export function useColumnVisibility() {
  const [model, setModel] = useState(readStored);
  const onModelChange = useCallback((next: ColumnVisibility) => {
    setModel(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Without storage the choice lasts until the page is left.
    }
  }, []);
  return { model, onModelChange };
}

export function visibleFields(fields: readonly string[], model: ColumnVisibility): string[] {
  return fields.filter((field) => model[field] !== false);
}
