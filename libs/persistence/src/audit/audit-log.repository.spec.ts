import type { DataSource } from 'typeorm';

import { PageRequest } from '@mpp/domain';

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

  it('stores a record whose values do not fit the columns, shortened, and says so in details', async () => {
    await audit.append({
      actorType: 'api-key',
      actorId: 'k1',
      action: `test.${'long-action'.repeat(10)}`,
      outcome: 'failure',
      regionCode: '../../etc/passwd\u0000',
      targetType: 'x'.repeat(100),
      targetId: `nib\u0000${'9'.repeat(1_000)}`,
      requestId: 'r\ud800',
      details: { purpose: 'a\u0000b', notes: 'n'.repeat(10_000) },
    });
    const [row] = await dataSource.query(`SELECT * FROM audit_event WHERE actor_id = 'k1'`);
    expect(row.region_code).toBeNull();
    expect(row.action).toHaveLength(64);
    expect(row.target_type).toHaveLength(32);
    expect(row.target_id.length).toBeLessThanOrEqual(200);
    expect(row.target_id).not.toContain('\u0000');
    expect(row.details).toMatchObject({ truncated: true, regionCodeGiven: '../../etc/passwd' });
  });

  it.each([
    ['UPDATE audit_event SET outcome = $1', ['success']],
    ['DELETE FROM audit_event', []],
    ['TRUNCATE audit_event', []],
  ])('refuses %s: the trail is append-only', async (sql, params) => {
    await expect(dataSource.query(sql, params)).rejects.toThrow(/append-only/);
  });
});
