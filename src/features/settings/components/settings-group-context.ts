import { createContext, useContext } from 'react';
import type { SettingsGroup } from '@/api/settings';

/** The group a form edits: its controls name their options from it. */
export const SettingsGroupContext = createContext<SettingsGroup>('payments');

export const useSettingsGroup = () => useContext(SettingsGroupContext);
