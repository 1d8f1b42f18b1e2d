import { InvalidValueError } from '../errors/domain-error';
import { localDateAt } from '../regions/time-zone';

/**
 * A ticket's number as people see and hear it: the service's prefix and the day's sequence,
 * at least three digits (`A-007`, `PB-1203`). Numbers restart every day per prefix and site.
 */
export function formatTicketNumber(prefix: string, sequence: number): string {
  return `${prefix}-${String(sequence).padStart(3, '0')}`;
}

const TICKET_NUMBER = /^([A-Z]{1,2})-(\d{3,5})$/;

export function parseTicketNumber(value: string, path = 'ticketNumber'): { prefix: string; sequence: number } {
  const match = TICKET_NUMBER.exec(value.trim().toUpperCase());
  if (!match || Number(match[2]) === 0) {
    throw new InvalidValueError('TICKET_NUMBER_INVALID', 'a ticket number is a prefix, a dash and digits, e.g. "A-007"', path);
  }
  return { prefix: match[1], sequence: Number(match[2]) };
}

/** The calendar date (`YYYY-MM-DD`) of an instant in a site's zone: the day a ticket belongs to. */
export function serviceDateAt(at: Date, utcOffsetHours: number): string {
  return localDateAt(at, utcOffsetHours);
}
