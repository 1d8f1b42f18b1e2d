import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a list of services shows of each (its description, fee, completion time and queue mode)
 * as stored columns generated from its record, so a search page never reads the record itself
 * (decision 0081). A record is about 1.5 kB and most are kept out of line (TOAST): read for a
 * page of 20, field by field, it cost about a hundred TOAST look-ups per search, and with a
 * national catalogue it crowded the search's own pages out of the server's buffers.
 * Adding the columns rewrites the table once (about 30 s for 77,000 services on a loaded 2-core
 * machine), under an exclusive lock: searches wait for it.
 */
export class ServiceSummaryColumns1797730000000 implements MigrationInterface {
  name = 'ServiceSummaryColumns1797730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE service
        ADD COLUMN summary_description text GENERATED ALWAYS AS (data->>'description') STORED,
        ADD COLUMN summary_fee jsonb GENERATED ALWAYS AS (data#>'{standard,fee}') STORED,
        ADD COLUMN summary_completion_time jsonb GENERATED ALWAYS AS (data#>'{standard,completionTime}') STORED,
        ADD COLUMN summary_queue_mode text GENERATED ALWAYS AS (data#>>'{queue,mode}') STORED`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE service
        DROP COLUMN summary_description, DROP COLUMN summary_fee, DROP COLUMN summary_completion_time, DROP COLUMN summary_queue_mode`);
  }
}
