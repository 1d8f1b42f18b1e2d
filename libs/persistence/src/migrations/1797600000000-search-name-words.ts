import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Typos are corrected against the words of service names instead of being compared with every
 * name of a region on each search (ADR 0058). `service_name_word` holds each distinct folded word
 * of any service name (a few hundred nationally, as regions deploy the same templates), with a
 * trigram GiST index: the nearest words to a query word come from the index (`<->>`), and the
 * search matches them like any other word. A trigger keeps the words as names are written,
 * whoever writes them; words of renamed services stay (a correction to a word no service has
 * matches nothing).
 */
export class SearchNameWords1797600000000 implements MigrationInterface {
  name = 'SearchNameWords1797600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE service_name_word (word text PRIMARY KEY)`);
    await queryRunner.query(`CREATE INDEX service_name_word_trgm_idx ON service_name_word USING gist (word gist_trgm_ops)`);
    await queryRunner.query(`
      CREATE FUNCTION service_name_words_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO service_name_word (word)
          SELECT unnest(tsvector_to_array(to_tsvector('simple', NEW.search_name))) ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER service_name_words AFTER INSERT OR UPDATE OF search_name ON service
      FOR EACH ROW EXECUTE FUNCTION service_name_words_kept()`);
    await queryRunner.query(`
      INSERT INTO service_name_word (word)
        SELECT DISTINCT unnest(tsvector_to_array(to_tsvector('simple', search_name))) FROM service ON CONFLICT DO NOTHING`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER service_name_words ON service`);
    await queryRunner.query(`DROP FUNCTION service_name_words_kept`);
    await queryRunner.query(`DROP TABLE service_name_word`);
  }
}
