import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Short pairing codes a region admin creates for a kiosk or board: the device trades one, once,
 * within its lifetime, for its own token. Only a hash of the code is kept. The device knows no
 * region when it pairs, so the code's hash is unique across regions (as device token prefixes are).
 */
export class CreateDevicePairings1764495120000 implements MigrationInterface {
  name = 'CreateDevicePairings1764495120000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE device_pairing (
        region_code varchar(5) NOT NULL,
        code_hash bytea NOT NULL UNIQUE,
        site_code varchar(40) NOT NULL,
        kind varchar(6) NOT NULL CHECK (kind IN ('kiosk', 'board')),
        name text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        device_id uuid,
        PRIMARY KEY (region_code, code_hash),
        FOREIGN KEY (region_code, site_code) REFERENCES site (region_code, code)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE device_pairing`);
  }
}
