/**
 * Typed `meta` of queries and mutations, read by the app's query cache handlers.
 */
export interface AppQueryMeta extends Record<string, unknown> {
  /** Data readable without a session (e.g. /meta); kept when the session ends. */
  public?: boolean;
}

export interface AppMutationMeta extends Record<string, unknown> {
  /** The mutation treats 401 as its own answer (wrong password), not as an expired session. */
  handlesUnauthenticated?: boolean;
}

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: AppQueryMeta;
    mutationMeta: AppMutationMeta;
  }
}
