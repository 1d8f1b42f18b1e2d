import type { DataSource } from 'typeorm';

import { AuditLogRepository } from '../audit/audit-log.repository';
import { openTestDataSource } from '../testing/test-database';
import { Transactions } from './transactions';

describe('Transactions', () => {
  let test: Awaited<ReturnType<typeof openTestDataSource>>;
  let dataSource: DataSource;
  let transactions: Transactions;
  let audit: AuditLogRepository;

  beforeAll(async () => {
    test = await openTestDataSource();
    dataSource = test.dataSource;
    transactions = new Transactions(dataSource);
    audit = new AuditLogRepository(dataSource);
  });
  afterAll(() => test.close());

  const countOf = async (action: string) =>
    Number((await dataSource.query('SELECT count(*)::int AS n FROM audit_event WHERE action = $1', [action]))[0].n);

  it('keeps every write of a unit that resolves', async () => {
    const result = await transactions.run(async (tx) => {
      await audit.append({ actorType: 'system', action: 'tx.kept', outcome: 'success' }, tx);
      await audit.append({ actorType: 'system', action: 'tx.kept', outcome: 'success' }, tx);
      return 'done';
    });
    expect(result).toBe('done');
    expect(await countOf('tx.kept')).toBe(2);
  });

  it('keeps none of the writes of a unit that throws, and passes the error on', async () => {
    await expect(
      transactions.run(async (tx) => {
        await audit.append({ actorType: 'system', action: 'tx.undone', outcome: 'success' }, tx);
        throw new Error('second write refused');
      }),
    ).rejects.toThrow('second write refused');
    expect(await countOf('tx.undone')).toBe(0);
  });

  it('runs at the isolation level asked for', async () => {
    const level = await transactions.run(
      async (tx) => (await (tx as unknown as DataSource['manager']).query('SHOW transaction_isolation'))[0].transaction_isolation,
      'REPEATABLE READ',
    );
    expect(level).toBe('repeatable read');
  });
});
