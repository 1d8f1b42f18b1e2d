import type { ErrorCode } from './error-codes';

/**
 * An error the domain raises on purpose. `code` is stable and machine-readable: integrators
 * branch on it, so a code is never renamed once released. `path` names the offending input
 * field when there is one. The subclass says what kind of refusal it is; the HTTP layer, not
 * the service, turns that into a status (400, 403, 404, 409).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly path?: string,
    /**
     * The field's problem in Bahasa Indonesia when it carries details the code's catalogue
     * message lacks (the reason a service is closed); otherwise the catalogue's message is used.
     */
    readonly indonesian?: string,
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

/** The caller is known but may not do this: another agency's counter, a role that does not reach the action. */
export class ForbiddenError extends DomainError {}

/** The request is well-formed but names something the deployment does not have (an agency it lacks), or reuses a key for another request. */
export class UnprocessableError extends DomainError {}

/** The caller has used up an allowance the domain sets (complaints per phone per day); it may try again later. */
export class LimitReachedError extends DomainError {}

/** One problem of an uploaded document, at its place in the document. */
export interface DocumentProblem {
  path: string;
  message: string;
  indonesian?: string;
}

/** An uploaded document (a deployment, template or calendar file) with every problem found in it, each at its place. */
export class InvalidDocumentError extends InvalidValueError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly problems: readonly DocumentProblem[],
  ) {
    super(code, message);
  }
}
