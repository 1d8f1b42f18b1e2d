import type { DataSource } from 'typeorm';

import type { SealedNik } from '../applications/application-row';
import { managerOf, type Tx } from '../database/transactions';

export interface BookingRow {
  regionCode: string;
  id: string;
  code: string;
  siteCode: string;
  agencyCode: string;
  serviceCode: string;
  serviceDate: string;
  slotStart: Date;
  name: string;
  phone: string;
  nikMasked: string | null;
  status: 'booked' | 'cancelled' | 'checked_in';
  ticketId: string | null;
  createdAt: Date;
}

export interface SlotKey {
  regionCode: string;
  siteCode: string;
  agencyCode: string;
  serviceCode: string;
}

const COLUMNS = `region_code AS "regionCode", id, code, site_code AS "siteCode", agency_code AS "agencyCode", service_code AS "serviceCode",
  to_char(service_date, 'YYYY-MM-DD') AS "serviceDate", slot_start AS "slotStart", name, phone, nik_masked AS "nikMasked", status,
  ticket_id AS "ticketId", created_at AS "createdAt"`;

/**
 * Bookings hold a place in a slot. The slot's row is made on first use with the capacity the
 * deployment gives, and one conditional UPDATE takes a place (`booked < capacity`), so a burst
 * of bookings for the last place gives it to exactly one.
 */
export class BookingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Places taken per slot start between two instants. */
  async bookedBetween(key: SlotKey, from: Date, to: Date): Promise<Map<number, number>> {
    const rows = (await this.dataSource.query(
      `SELECT slot_start AS "slotStart", booked FROM booking_slot
       WHERE region_code = $1 AND site_code = $2 AND agency_code = $3 AND service_code = $4 AND slot_start >= $5 AND slot_start < $6`,
      [key.regionCode, key.siteCode, key.agencyCode, key.serviceCode, from, to],
    )) as { slotStart: Date; booked: number }[];
    return new Map(rows.map((row) => [row.slotStart.getTime(), row.booked]));
  }

  /** Takes a place and records the booking in one transaction; 'full' when no place is left, 'duplicate' when the phone already booked. */
  async book(
    key: SlotKey,
    booking: Omit<
      BookingRow,
      'regionCode' | 'siteCode' | 'agencyCode' | 'serviceCode' | 'status' | 'ticketId' | 'createdAt' | 'nikMasked'
    > & {
      nik: SealedNik | null;
    },
    capacity: number,
  ): Promise<BookingRow | 'full' | 'duplicate'> {
    return this.dataSource
      .transaction(async (manager) => {
        await manager.query(
          `INSERT INTO booking_slot (region_code, site_code, agency_code, service_code, slot_start, capacity)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (region_code, site_code, agency_code, service_code, slot_start)
         -- A changed deployment changes the slot's capacity, never below the places already taken.
         DO UPDATE SET capacity = GREATEST(EXCLUDED.capacity, booking_slot.booked)`,
          [key.regionCode, key.siteCode, key.agencyCode, key.serviceCode, booking.slotStart, capacity],
        );
        const [taken] = (await manager.query(
          `UPDATE booking_slot SET booked = booked + 1
         WHERE region_code = $1 AND site_code = $2 AND agency_code = $3 AND service_code = $4 AND slot_start = $5 AND booked < capacity
         RETURNING booked`,
          [key.regionCode, key.siteCode, key.agencyCode, key.serviceCode, booking.slotStart],
        )) as [unknown[], number];
        if (taken.length === 0) return 'full';
        const inserted = (await manager.query(
          `INSERT INTO booking (region_code, id, code, site_code, agency_code, service_code, service_date, slot_start, name, phone, nik_masked,
           nik_encrypted, nik_key_id, nik_blind_index, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'booked')
         ON CONFLICT (region_code, agency_code, service_code, service_date, phone) WHERE status <> 'cancelled' DO NOTHING
         RETURNING ${COLUMNS}`,
          [
            key.regionCode,
            booking.id,
            booking.code,
            key.siteCode,
            key.agencyCode,
            key.serviceCode,
            booking.serviceDate,
            booking.slotStart,
            booking.name,
            booking.phone,
            booking.nik?.masked ?? null,
            booking.nik?.encrypted ?? null,
            booking.nik?.keyId ?? null,
            booking.nik?.blindIndex ?? null,
          ],
        )) as BookingRow[];
        if (inserted.length === 0) {
          // Roll the place back with the transaction: the person already holds a booking that day.
          throw new DuplicateBooking();
        }
        return inserted[0];
      })
      .catch((error: unknown) => {
        if (error instanceof DuplicateBooking) return 'duplicate' as const;
        throw error;
      });
  }

  async findByCode(regionCode: string, code: string, tx?: Tx): Promise<BookingRow | undefined> {
    const [row] = (await managerOf(this.dataSource, tx).query(
      `SELECT ${COLUMNS} FROM booking WHERE region_code = $1 AND code = $2${tx ? ' FOR UPDATE' : ''}`,
      [regionCode, code],
    )) as BookingRow[];
    return row;
  }

  /** Cancels a live booking and gives its place back; false when it was no longer live. */
  async cancel(booking: BookingRow): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `UPDATE booking SET status = 'cancelled', cancelled_at = now() WHERE region_code = $1 AND id = $2 AND status = 'booked' RETURNING 1`,
        [booking.regionCode, booking.id],
      )) as [unknown[], number];
      if (rows.length === 0) return false;
      await manager.query(
        `UPDATE booking_slot SET booked = booked - 1
         WHERE region_code = $1 AND site_code = $2 AND agency_code = $3 AND service_code = $4 AND slot_start = $5 AND booked > 0`,
        [booking.regionCode, booking.siteCode, booking.agencyCode, booking.serviceCode, booking.slotStart],
      );
      return true;
    });
  }

  async markCheckedIn(booking: BookingRow, ticketId: string, tx: Tx): Promise<boolean> {
    const [rows] = (await managerOf(this.dataSource, tx).query(
      `UPDATE booking SET status = 'checked_in', checked_in_at = now(), ticket_id = $3
       WHERE region_code = $1 AND id = $2 AND status = 'booked' RETURNING 1`,
      [booking.regionCode, booking.id, ticketId],
    )) as [unknown[], number];
    return rows.length > 0;
  }
}

class DuplicateBooking extends Error {}
