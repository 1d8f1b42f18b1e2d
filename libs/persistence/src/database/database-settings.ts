/** What the persistence layer needs to know, read from the validated app configuration. */
export interface DatabaseSettings {
  url: string;
  poolSize: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  /** Client-side limit on waiting for any answer to a statement; unset = wait for the server's statement_timeout. */
  queryTimeoutMs?: number;
  idleInTransactionTimeoutMs: number;
  applicationName: string;
}
