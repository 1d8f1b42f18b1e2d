/**
 * An error the domain raises on purpose. `code` is stable and machine-readable: integrators
 * branch on it, so a code is never renamed once released. `path` names the offending input
 * field when there is one.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** The input is well-formed enough to reach the domain but breaks one of its rules. */
export class InvalidValueError extends DomainError {}

/** The thing asked for does not exist. */
export class NotFoundError extends DomainError {}

/** The request is valid but the current state refuses it (a closed mall, a used-up quota, a ticket already called). */
export class ConflictError extends DomainError {}
