import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Catalogue search that understands Indonesian word forms and forgives typos in names.
 *
 * Each service keeps two stored vectors: every folded word as written (`simple`, for prefix
 * matches such as `ktp` → `ktp-el`) together with its Indonesian stem (`indonesian`, so
 * `pembuatan` finds `buat` and `kelahiran` finds `lahir`). The name gets a vector of its own so
 * a match in the name can rank first. `pg_trgm` compares a query with names word by word, so
 * `akta kelahrian` still finds `Penerbitan Akta Kelahiran`. Both are part of every PostgreSQL
 * since 13 (pg_trgm is a trusted extension: the database owner may create it).
 */
export class SearchWordFormsAndTypos1797200000000 implements MigrationInterface {
  name = 'SearchWordFormsAndTypos1797200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      ALTER TABLE service
        ADD COLUMN search_name_vector tsvector
          GENERATED ALWAYS AS (to_tsvector('simple', search_name) || to_tsvector('indonesian', search_name)) STORED,
        ADD COLUMN search_vector tsvector
          GENERATED ALWAYS AS (to_tsvector('simple', search_document) || to_tsvector('indonesian', search_document)) STORED`);
    // Searches a whole nation of services at once (e.g. an agency's name in every region).
    await queryRunner.query(`CREATE INDEX service_search_vector_idx ON service USING gin (search_vector)`);
    await queryRunner.query(`DROP INDEX service_search_idx`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX service_search_idx ON service USING gin (to_tsvector('simple', search_document))`);
    await queryRunner.query(`DROP INDEX service_search_vector_idx`);
    await queryRunner.query(`ALTER TABLE service DROP COLUMN search_vector, DROP COLUMN search_name_vector`);
  }
}
