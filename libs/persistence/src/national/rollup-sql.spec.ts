import { ROLLUP_BUCKETS, rollupBucket } from '@mpp/domain';

import { openTestDataSource } from '../testing/test-database';

describe('the roll-ups’ SQL helpers', () => {
  let test: Awaited<ReturnType<typeof openTestDataSource>>;

  beforeAll(async () => {
    test = await openTestDataSource();
  });
  afterAll(() => test.close());

  it('puts a wait in the same bucket as rollupBucket in libs/domain', async () => {
    const waits = [0, 1, 299, 300, 301, 1_499, 1_500, 3_600, 14_399, 14_400, 14_401, 86_400];
    const rows = (await test.dataSource.query(`SELECT w, mpp_rollup_bucket(w) AS bucket FROM unnest($1::bigint[]) w`, [waits])) as {
      w: string;
      bucket: number;
    }[];
    expect(rows.map((row) => row.bucket)).toEqual(waits.map(rollupBucket));
    const [nothing] = (await test.dataSource.query(`SELECT mpp_rollup_bucket(NULL) AS bucket`)) as { bucket: number | null }[];
    expect(nothing.bucket).toBeNull();
  });

  it('builds and adds histograms of ROLLUP_BUCKETS counts, ignoring tickets without a wait', async () => {
    const [row] = (await test.dataSource.query(
      `SELECT mpp_histogram(mpp_rollup_bucket(w)) AS one, mpp_histogram_merge(mpp_histogram(mpp_rollup_bucket(w)), mpp_histogram(mpp_rollup_bucket(w))) AS two
       FROM unnest(ARRAY[10, 400, 400, NULL, 20000]::bigint[]) w`,
    )) as { one: number[]; two: number[] }[];
    expect(row.one).toHaveLength(ROLLUP_BUCKETS);
    expect(row.one.slice(0, 2)).toEqual([1, 2]);
    expect(row.one[ROLLUP_BUCKETS - 1]).toBe(1);
    expect(row.one.reduce((a, b) => a + b, 0)).toBe(4);
    expect(row.two).toEqual(row.one.map((count) => count * 2));
  });
});
