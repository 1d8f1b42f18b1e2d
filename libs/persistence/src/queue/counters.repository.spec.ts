import type { DataSource } from 'typeorm';

import { CALL_ORDER_COUNT_CAP, INITIAL_CALL_ORDER_STATE, planMove } from '@mpp/domain';

import { Transactions } from '../database/transactions';
import { openTestDataSource } from '../testing/test-database';
import { CountersRepository } from './counters.repository';
import { QueueFiguresRepository } from './queue-figures.repository';
import { TicketsRepository } from './tickets.repository';

describe('CountersRepository', () => {
  let test: Awaited<ReturnType<typeof openTestDataSource>>;
  let dataSource: DataSource;
  let counters: CountersRepository;
  let tickets: TicketsRepository;
  let transactions: Transactions;
  const day = { regionCode: '32.71', siteCode: 'mpp-test', serviceDate: '2026-11-25' };
  let next = 0;

  const issue = async (prefix = 'A', serviceCode = 'ktp-el') => {
    const row = await tickets.issue({
      ...day,
      id: `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`,
      prefix,
      agencyCode: 'disdukcapil',
      serviceCode,
      channel: 'kiosk',
      priority: null,
    });
    if (!row) throw new Error('not issued');
    return row;
  };

  beforeAll(async () => {
    test = await openTestDataSource();
    dataSource = test.dataSource;
    counters = new CountersRepository(dataSource);
    tickets = new TicketsRepository(dataSource);
    transactions = new Transactions(dataSource);
  });
  afterAll(() => test.close());

  it('starts a line’s call-order memory where the domain does, from the column’s own default', async () => {
    const [column] = (await dataSource.query(
      `SELECT column_default FROM information_schema.columns WHERE table_name = 'queue_line_day' AND column_name = 'regular_since_priority'`,
    )) as { column_default: string }[];
    expect(Number(column.column_default)).toBe(CALL_ORDER_COUNT_CAP);
    await issue('M', 'memory');
    expect((await new QueueFiguresRepository(dataSource).callOrderStates(day)).get('M')).toEqual(INITIAL_CALL_ORDER_STATE);
  });

  it('stamps, clears and places a ticket as its move says, and only from the statuses the move allows', async () => {
    const ticket = await issue();
    const calledAt = new Date('2026-11-25T01:00:00Z');
    const called = await transactions.run((tx) =>
      counters.move(ticket, { ...planMove('waiting', 'call'), at: calledAt, counterCode: 'loket-1' }, tx),
    );
    expect(called).toMatchObject({ status: 'called', calledAt, counterCode: 'loket-1', callCount: 1, startedAt: null });
    expect(await transactions.run((tx) => counters.move(ticket, { ...planMove('waiting', 'call'), at: calledAt }, tx))).toBeUndefined();

    const queuedAt = new Date('2026-11-25T01:05:00Z');
    const service = { agencyCode: 'dpmptsp', serviceCode: 'nib', linePrefix: 'N' };
    const transferred = await transactions.run((tx) =>
      counters.move(ticket, { ...planMove('called', 'transfer'), at: queuedAt, counterCode: null, service }, tx),
    );
    expect(transferred).toMatchObject({ status: 'waiting', queuedAt, calledAt: null, counterCode: null, ...service, callCount: 1 });
    expect(transferred?.arrivedAt).toEqual(ticket.arrivedAt);
  });
});
