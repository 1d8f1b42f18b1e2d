import { ConflictError } from '../errors/domain-error';

/**
 * Bookings (janji temu) hold a place in a slot of a service's day. The check-in rules follow
 * what ASAN service centres publish: arrive no earlier than 30 minutes before the slot; more
 * than 10 minutes late and the booking lapses (it becomes a walk-in visitor's choice to queue).
 */
export const CHECK_IN_OPENS_MINUTES_BEFORE = 30;
export const CHECK_IN_CLOSES_MINUTES_AFTER = 10;

export interface Slot {
  start: Date;
  end: Date;
}

/** The slots of a day: each opening period cut into `slotMinutes` pieces that fit whole. */
export function slotsOf(periods: readonly { from: Date; to: Date }[], slotMinutes: number): Slot[] {
  const length = slotMinutes * 60_000;
  return periods.flatMap((period) => {
    const slots: Slot[] = [];
    for (let start = period.from.getTime(); start + length <= period.to.getTime(); start += length) {
      slots.push({ start: new Date(start), end: new Date(start + length) });
    }
    return slots;
  });
}

/** Refuses a check-in outside its window, saying which side it fell on. */
export function assertCheckInWindow(slotStart: Date, now: Date): void {
  const opens = slotStart.getTime() - CHECK_IN_OPENS_MINUTES_BEFORE * 60_000;
  const closes = slotStart.getTime() + CHECK_IN_CLOSES_MINUTES_AFTER * 60_000;
  if (now.getTime() < opens) {
    throw new ConflictError(
      'CHECK_IN_TOO_EARLY',
      `check-in opens ${CHECK_IN_OPENS_MINUTES_BEFORE} minutes before the slot, at ${new Date(opens).toISOString()}`,
      'bookingCode',
    );
  }
  if (now.getTime() > closes) {
    throw new ConflictError(
      'BOOKING_LAPSED',
      `the booking lapsed ${CHECK_IN_CLOSES_MINUTES_AFTER} minutes after its slot began; take a walk-in ticket`,
      'bookingCode',
    );
  }
}

/** A booking can be cancelled until its slot starts; a cancelled place goes back to the slot. */
export function assertCancellable(slotStart: Date, now: Date): void {
  if (now.getTime() >= slotStart.getTime()) {
    throw new ConflictError('BOOKING_NOT_CANCELLABLE', 'a booking can be cancelled only before its slot starts', 'bookingCode');
  }
}
