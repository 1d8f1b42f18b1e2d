import type { DataSource } from 'typeorm';

export interface ApplicationDocumentRow {
  regionCode: string;
  id: string;
  applicationId: string;
  kind: 'requirement' | 'result';
  requirement: string | null;
  fileName: string;
  contentType: 'application/pdf' | 'image/jpeg' | 'image/png';
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  uploadedByType: 'staff' | 'api-key' | 'applicant';
  uploadedById: string | null;
  uploadedAt: Date;
}

const COLUMNS = `region_code AS "regionCode", id, application_id AS "applicationId", kind, requirement, file_name AS "fileName",
  content_type AS "contentType", size_bytes AS "sizeBytes", sha256, storage_key AS "storageKey", uploaded_by_type AS "uploadedByType",
  uploaded_by_id AS "uploadedById", uploaded_at AS "uploadedAt"`;

/** What documents an application holds; the bytes are in the storage driver. */
export class ApplicationDocumentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async count(regionCode: string, applicationId: string): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM application_document WHERE region_code = $1 AND application_id = $2`,
      [regionCode, applicationId],
    )) as { n: number }[];
    return row.n;
  }

  /**
   * Records a stored document unless the application already holds `maxCount`: the application's
   * row is locked first, so concurrent uploads cannot pass the limit together. 'full' then.
   */
  async add(row: Omit<ApplicationDocumentRow, 'uploadedAt'>, maxCount: number): Promise<ApplicationDocumentRow | 'full'> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM application WHERE region_code = $1 AND id = $2 FOR UPDATE`, [row.regionCode, row.applicationId]);
      const [inserted] = (await manager.query(
        `INSERT INTO application_document (region_code, id, application_id, kind, requirement, file_name, content_type, size_bytes, sha256,
           storage_key, uploaded_by_type, uploaded_by_id)
         SELECT $1::varchar, $2::uuid, $3::uuid, $4::varchar, $5::text, $6::text, $7::varchar, $8::integer, $9::char(64), $10::text,
           $11::varchar, $12::text
         WHERE (SELECT count(*) FROM application_document WHERE region_code = $1::varchar AND application_id = $3::uuid) < $13::integer
         RETURNING ${COLUMNS}`,
        [
          row.regionCode,
          row.id,
          row.applicationId,
          row.kind,
          row.requirement,
          row.fileName,
          row.contentType,
          row.sizeBytes,
          row.sha256,
          row.storageKey,
          row.uploadedByType,
          row.uploadedById,
          maxCount,
        ],
      )) as ApplicationDocumentRow[];
      return inserted ?? 'full';
    });
  }

  async list(regionCode: string, applicationId: string): Promise<ApplicationDocumentRow[]> {
    return (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM application_document WHERE region_code = $1 AND application_id = $2 ORDER BY uploaded_at, id`,
      [regionCode, applicationId],
    )) as ApplicationDocumentRow[];
  }

  async find(regionCode: string, id: string): Promise<ApplicationDocumentRow | undefined> {
    const [row] = (await this.dataSource.query(`SELECT ${COLUMNS} FROM application_document WHERE region_code = $1 AND id = $2`, [
      regionCode,
      id,
    ])) as ApplicationDocumentRow[];
    return row;
  }
}
