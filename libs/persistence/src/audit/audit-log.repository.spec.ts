import { PageRequest } from '@mpp/domain';
import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../testing/test-database';
import { AuditLogRepository } from './audit-log.repository';

describe('AuditLogRepository', () => {
  let test: Awaited<ReturnType<typeof openTestDataSource>>;
  let dataSource: DataSource;
  let audit: AuditLogRepository;

  beforeAll(async () => {
    test = await openTestDataSource();
    dataSource = test.dataSource;
    audit = new AuditLogRepository(dataSource);
  });
  afterAll(() => test.close());

  it('appends events and reads them newest first, by region', async () => {
    await audit.append({ actorType: 'system', action: 'test.first', outcome: 'success', regionCode: '32.71' });
    await audit.append({
      actorType: 'staff',
      actorId: 'a1',
      action: 'test.second',
      outcome: 'denied',
      regionCode: '32.71',
      details: { code: 'OUT_OF_SCOPE' },
    });
    await audit.append({ actorType: 'system', action: 'test.elsewhere', outcome: 'success', regionCode: '36.74' });
    const page = await audit.findPage({ regionCode: '32.71' }, PageRequest.of(1, 10));
    expect(page.total).toBe(2);
    expect(page.items.map((event) => event.action)).toEqual(['test.second', 'test.first']);
    expect(page.items[0].details).toEqual({ code: 'OUT_OF_SCOPE' });
  });

  it.each([
    ['UPDATE audit_event SET outcome = $1', ['success']],
    ['DELETE FROM audit_event', []],
    ['TRUNCATE audit_event', []],
  ])('refuses %s: the trail is append-only', async (sql, params) => {
    await expect(dataSource.query(sql, params)).rejects.toThrow(/append-only/);
  });
});
