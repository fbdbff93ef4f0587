/**
 * What the access layer tells the audit log: sign-ins, their failures and lockouts, password
 * and 2FA changes, user and rights changes, refused requests.
 */
export interface AccessEvent {
  action: string;
  outcome: 'applied' | 'refused' | 'locked';
  /** The refusal's code, when refused. */
  code?: string;
  /** Who acted (for a sign-in: the login as typed). */
  login: string;
  ip: string;
  /** The object acted on, e.g. the user whose rights changed. */
  target?: string;
  /** Before → after, secrets masked. */
  detail?: string;
}

export interface AccessEvents {
  emit(event: AccessEvent): void;
}

export const NO_EVENTS: AccessEvents = { emit: () => undefined };
