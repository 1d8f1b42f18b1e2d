import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRegions1764057600000 implements MigrationInterface {
  name = 'CreateRegions1764057600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE province (
        code char(2) PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
        name text NOT NULL,
        time_zone varchar(4) NOT NULL CHECK (time_zone IN ('WIB', 'WITA', 'WIT'))
      )`);
    await queryRunner.query(`
      CREATE TABLE regency (
        code varchar(5) PRIMARY KEY CHECK (code ~ '^[0-9]{2}\\.[0-9]{2}$'),
        province_code char(2) NOT NULL REFERENCES province (code),
        name text NOT NULL,
        kind varchar(9) NOT NULL CHECK (kind IN ('kabupaten', 'kota')),
        CHECK (left(code, 2) = province_code)
      )`);
    await queryRunner.query(`CREATE INDEX regency_province_code_idx ON regency (province_code)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE regency`);
    await queryRunner.query(`DROP TABLE province`);
  }
}
