/**
 * The settings' groups, one form and endpoint each. A module of its own with no schema in it,
 * so that the route table can recognise a group's address without building the settings' contract.
 */
export const SETTINGS_GROUPS = ['payments', 'notifications', 'signature', 'register', 'enterprise'] as const;
export type SettingsGroup = (typeof SETTINGS_GROUPS)[number];
