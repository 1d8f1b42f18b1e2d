import { randomBytes, randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import {
  assertCancellable,
  assertCheckInWindow,
  ConflictError,
  InvalidValueError,
  maskName,
  maskPhone,
  Nik,
  NotFoundError,
  openingPeriods,
  PhoneNumber,
  type RegionCode,
  serviceDateAt,
  slotsOf,
} from '@mpp/domain';
import { type BookingRow, BookingsRepository, TicketsRepository, Transactions } from '@mpp/persistence';
import { NikCipher } from '@mpp/platform';

import type { BookDto, BookingDto, SlotListDto } from './bookings.dto';
import { LineWatcher } from './live/line-watcher.service';
import { QueueLayout, type ServiceAtSite } from './queue-layout.service';
import type { TicketDto } from './ticket.dto';
import { ticketDto } from './ticket.mapper';

const BOOKING_HORIZON_DAYS = 30;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Booked slots (janji temu): listing free places, booking, cancelling, and checking in at a kiosk. */
@Injectable()
export class BookingsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly layout: QueueLayout,
    private readonly bookings: BookingsRepository,
    private readonly tickets: TicketsRepository,
    private readonly watcher: LineWatcher,
    private readonly nikCipher: NikCipher,
  ) {}

  async slots(
    regionCode: RegionCode,
    siteCode: string,
    agencyCode: string,
    serviceCode: string,
    date: string,
    now = new Date(),
  ): Promise<SlotListDto> {
    const line = await this.bookableLine(regionCode, siteCode, agencyCode, serviceCode, now);
    this.assertBookableDate(line, date, now);
    const slots = this.slotsOn(line, date).filter((slot) => slot.start.getTime() > now.getTime());
    const capacity = line.record.queue.slotCapacity as number;
    const taken = slots.length
      ? await this.bookings.bookedBetween(
          { regionCode: line.regionCode, siteCode, agencyCode, serviceCode },
          slots[0].start,
          slots[slots.length - 1].end,
        )
      : new Map<number, number>();
    return {
      date,
      items: slots.map((slot) => ({
        start: slot.start.toISOString(),
        end: slot.end.toISOString(),
        capacity,
        available: Math.max(0, capacity - (taken.get(slot.start.getTime()) ?? 0)),
      })),
    };
  }

  async book(regionCode: RegionCode, input: BookDto, now = new Date()): Promise<BookingDto> {
    const phone = PhoneNumber.parse(input.phone).value;
    const nik = input.nik === undefined ? null : this.nikCipher.seal(parseNik(input.nik));
    const line = await this.bookableLine(regionCode, input.siteCode, input.agencyCode, input.serviceCode, now);
    const slotStart = new Date(input.slotStart);
    const date = serviceDateAt(slotStart, line.layout.utcOffsetHours);
    this.assertBookableDate(line, date, now);
    const slot = this.slotsOn(line, date).find((candidate) => candidate.start.getTime() === slotStart.getTime());
    if (!slot)
      throw new InvalidValueError('SLOT_INVALID', 'slotStart is not the start of one of the service’s slots that day', 'slotStart');
    if (slot.start.getTime() <= now.getTime())
      throw new ConflictError('SLOT_PASSED', 'this slot has already begun; pick a later one', 'slotStart');
    const booked = await this.bookings.book(
      { regionCode: line.regionCode, siteCode: input.siteCode, agencyCode: input.agencyCode, serviceCode: input.serviceCode },
      { id: randomUUID(), code: bookingCode(), serviceDate: date, slotStart, name: input.name.trim(), phone, nik },
      line.record.queue.slotCapacity as number,
    );
    if (booked === 'full') throw new ConflictError('SLOT_FULL', 'every place in this slot is taken; pick another slot', 'slotStart');
    if (booked === 'duplicate') {
      throw new ConflictError('BOOKING_EXISTS', 'this mobile number already holds a booking for this service that day', 'phone');
    }
    return bookingDto(booked);
  }

  async cancel(regionCode: RegionCode, code: string, phoneInput: string, now = new Date()): Promise<BookingDto> {
    const layout = await this.layout.region(regionCode, now);
    const booking = await this.bookings.findByCode(layout.regionCode, code);
    // The phone number proves the caller made the booking; a wrong one looks like no booking at all.
    if (!booking || booking.phone !== PhoneNumber.parse(phoneInput).value) throw notFound();
    assertCancellable(booking.slotStart, now);
    if (!(await this.bookings.cancel(booking)))
      throw new ConflictError('BOOKING_NOT_CANCELLABLE', `the booking is ${booking.status}`, 'bookingCode');
    return bookingDto({ ...booking, status: 'cancelled' });
  }

  /** At the site's kiosk, in the window around the slot: the booking becomes a ticket served ahead of walk-ins of its slot. */
  async checkIn(regionCode: RegionCode, siteCode: string, code: string, now = new Date()): Promise<TicketDto> {
    const layout = await this.layout.region(regionCode, now);
    const issued = await this.transactions.run(async (tx) => {
      const booking = await this.bookings.findByCode(layout.regionCode, code, tx);
      if (!booking || booking.siteCode !== siteCode) throw notFound();
      if (booking.status !== 'booked') throw new ConflictError('BOOKING_NOT_ACTIVE', `the booking is ${booking.status}`, 'bookingCode');
      assertCheckInWindow(booking.slotStart, now);
      const line = await this.layout.line(layout.region, siteCode, booking.agencyCode, booking.serviceCode, now);
      const ticket = await this.tickets.issue(
        {
          regionCode: layout.regionCode,
          id: randomUUID(),
          siteCode,
          serviceDate: booking.serviceDate,
          prefix: line.record.queue.prefix,
          agencyCode: booking.agencyCode,
          serviceCode: booking.serviceCode,
          channel: 'booking',
          priority: null,
          bookingId: booking.id,
          slotStart: booking.slotStart,
          phone: booking.phone,
        },
        tx,
      );
      if (!ticket) throw new Error('a booked ticket has no quota and is always issued');
      await this.bookings.markCheckedIn(booking, ticket.id, tx);
      return ticket;
    });
    this.watcher.touch(issued);
    return ticketDto(issued);
  }

  private async bookableLine(regionCode: RegionCode, siteCode: string, agencyCode: string, serviceCode: string, now: Date) {
    const line = await this.layout.line(regionCode, siteCode, agencyCode, serviceCode, now);
    if (line.record.queue.mode === 'walk_in' || !line.record.queue.slotMinutes || !line.record.queue.slotCapacity) {
      throw new ConflictError('BOOKING_NOT_OFFERED', `${serviceCode} takes walk-in tickets only`, 'serviceCode');
    }
    return line;
  }

  private assertBookableDate(line: ServiceAtSite & { layout: { utcOffsetHours: number } }, date: string, now: Date): void {
    const today = serviceDateAt(now, line.layout.utcOffsetHours);
    const last = serviceDateAt(new Date(now.getTime() + BOOKING_HORIZON_DAYS * 86_400_000), line.layout.utcOffsetHours);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date < today || date > last) {
      throw new InvalidValueError('BOOKING_DATE_INVALID', `bookings are taken from ${today} to ${last}`, 'date');
    }
  }

  private slotsOn(line: ServiceAtSite, date: string) {
    const periods = openingPeriods(line.calendars.siteCal, date, line.calendars.serviceCal);
    return slotsOf(periods, line.record.queue.slotMinutes as number);
  }
}

function bookingCode(): string {
  return Array.from(randomBytes(8), (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('');
}

/** The NIK is kept sealed (encrypted, with a blind index) and shown masked, like an application's. */
function parseNik(raw: string): string {
  return Nik.parse(raw.replace(/\s/g, ''), 'nik').value;
}

function notFound(): NotFoundError {
  return new NotFoundError('BOOKING_NOT_FOUND', 'no booking has this code (and mobile number)', 'bookingCode');
}

function bookingDto(row: BookingRow): BookingDto {
  return {
    code: row.code,
    regionCode: row.regionCode,
    siteCode: row.siteCode,
    agencyCode: row.agencyCode,
    serviceCode: row.serviceCode,
    slotStart: row.slotStart.toISOString(),
    status: row.status,
    name: maskName(row.name),
    phone: maskPhone(row.phone),
    nik: row.nikMasked,
    ticketId: row.ticketId,
  };
}
