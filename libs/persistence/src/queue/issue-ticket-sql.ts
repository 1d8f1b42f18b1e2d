import { TICKET_COLUMNS } from './ticket-row';

/**
 * One statement numbers and inserts a ticket: it bumps the line's counter row (creating the
 * day's row on the first ticket) and inserts the ticket with the number it returned. The row
 * lock lasts only for that statement, so hundreds of concurrent requests are numbered 1..N
 * with no duplicate and no gap; past the quota the upsert updates nothing and nothing is inserted.
 * The arrival time is read after the line's row is locked, so arrival order is number order.
 * The same statement writes the ticket's first history entry (`issue`) and its `ticket.issued`
 * outbox row (the webhook envelope built in SQL, as `webhookEnvelope` builds it for the other moves).
 * The line's row also counts who waits (`waiting`, one more here; calls, cancels and transfers
 * change it in their own transactions), and the statement returns that count as `lineWaiting`:
 * the issuing answer's place in line needs no other read.
 *
 * Parameters: $1 region, $2 site, $3 prefix, $4 service date, $5 agency, $6 service, $7 quota,
 * $8 ticket id, $9 channel, $10 priority, $11 booking id, $12 slot start, $13 phone.
 * `npm run bench` runs this very text straight through `pg` as the floor the API is compared with.
 */
export const ISSUE_TICKET_SQL = `
  WITH line AS (
    INSERT INTO queue_line_day AS l (region_code, site_code, prefix, service_date, agency_code, service_code, last_number, waiting)
    VALUES ($1, $2, $3, $4, $5, $6, 1, 1)
    ON CONFLICT (region_code, site_code, prefix, service_date)
    DO UPDATE SET last_number = l.last_number + 1, waiting = l.waiting + 1 WHERE l.last_number < $7
    RETURNING last_number, waiting
  ), issued AS (
    INSERT INTO ticket (region_code, id, site_code, service_date, prefix, sequence, line_prefix, agency_code, service_code,
                        channel, priority, booking_id, slot_start, phone, status, arrived_at, queued_at)
    SELECT $1, $8, $2, $4, $3, line.last_number, $3, $5, $6, $9, $10, $11, $12, $13, 'waiting', clock_timestamp(), clock_timestamp() FROM line
    RETURNING *
  ), history AS (
    INSERT INTO ticket_event (region_code, ticket_id, action, status, at, agency_code, service_code)
    SELECT region_code, id, 'issue', status, arrived_at, agency_code, service_code FROM issued
  ), outbox AS (
    INSERT INTO outbox_event (id, region_code, agency_code, type, payload)
    SELECT gen_random_uuid(), region_code, agency_code, 'ticket.issued', jsonb_build_object(
      'type', 'ticket.issued', 'timestamp', to_char(arrived_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'data', jsonb_build_object('ticketId', id, 'regionCode', region_code, 'siteCode', site_code, 'agencyCode', agency_code,
        'serviceCode', service_code, 'number', prefix || '-' || lpad(sequence::text, 3, '0'), 'status', status, 'counterCode', NULL))
    FROM issued
  )
  SELECT ${TICKET_COLUMNS}, line.waiting AS "lineWaiting" FROM issued, line`;
