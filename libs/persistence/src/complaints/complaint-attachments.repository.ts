import type { DataSource } from 'typeorm';

import { type ComplaintStatus, isOpenComplaint } from '@mpp/domain';

import { insertEvent } from './complaints.repository';

export interface ComplaintAttachmentRow {
  regionCode: string;
  id: string;
  complaintId: string;
  fileName: string;
  contentType: 'application/pdf' | 'image/jpeg' | 'image/png';
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  uploadedByType: 'reporter' | 'staff' | 'api-key';
  uploadedById: string | null;
  /** Whether the agency complained about may read it: always, unless the complaint is anonymous and the desk has not cleared it. */
  sharedWithAgency: boolean;
  uploadedAt: Date;
}

const COLUMNS = `region_code AS "regionCode", id, complaint_id AS "complaintId", file_name AS "fileName", content_type AS "contentType",
  size_bytes AS "sizeBytes", sha256, storage_key AS "storageKey", uploaded_by_type AS "uploadedByType", uploaded_by_id AS "uploadedById",
  shared_with_agency AS "sharedWithAgency", uploaded_at AS "uploadedAt"`;

/** What files a complaint holds; the bytes are in the documents' storage driver. */
export class ComplaintAttachmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records a stored attachment with an `attach` event, unless the complaint holds `maxCount`
   * already or is no longer open: the complaint's row is locked first, so concurrent uploads
   * cannot pass the limit together. 'full' or 'closed' then.
   */
  async add(
    row: Omit<ComplaintAttachmentRow, 'uploadedAt'>,
    maxCount: number,
    at: Date,
  ): Promise<ComplaintAttachmentRow | 'full' | 'closed'> {
    return this.dataSource.transaction(async (manager) => {
      const [complaint] = (await manager.query(`SELECT status FROM complaint WHERE region_code = $1 AND id = $2 FOR UPDATE`, [
        row.regionCode,
        row.complaintId,
      ])) as { status: ComplaintStatus }[];
      if (!complaint || !isOpenComplaint(complaint.status)) return 'closed';
      const [inserted] = (await manager.query(
        `INSERT INTO complaint_attachment (region_code, id, complaint_id, file_name, content_type, size_bytes, sha256, storage_key,
           uploaded_by_type, uploaded_by_id, shared_with_agency, uploaded_at)
         SELECT $1::varchar, $2::uuid, $3::uuid, $4::text, $5::varchar, $6::integer, $7::char(64), $8::text, $9::varchar, $10::text,
           $11::boolean, $12::timestamptz
         WHERE (SELECT count(*) FROM complaint_attachment WHERE region_code = $1::varchar AND complaint_id = $3::uuid) < $13::integer
         RETURNING ${COLUMNS}`,
        [
          row.regionCode,
          row.id,
          row.complaintId,
          row.fileName,
          row.contentType,
          row.sizeBytes,
          row.sha256,
          row.storageKey,
          row.uploadedByType,
          row.uploadedById,
          row.sharedWithAgency,
          at,
          maxCount,
        ],
      )) as ComplaintAttachmentRow[];
      if (!inserted) return 'full';
      await insertEvent(manager, row.regionCode, row.complaintId, {
        action: 'attach',
        fromStatus: complaint.status,
        toStatus: complaint.status,
        at,
        actorType: row.uploadedByType === 'reporter' ? 'citizen' : row.uploadedByType,
        actorId: row.uploadedById,
        note: null,
      });
      return inserted;
    });
  }

  async list(regionCode: string, complaintId: string): Promise<ComplaintAttachmentRow[]> {
    return (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM complaint_attachment WHERE region_code = $1 AND complaint_id = $2 ORDER BY uploaded_at, id`,
      [regionCode, complaintId],
    )) as ComplaintAttachmentRow[];
  }

  async find(regionCode: string, complaintId: string, id: string): Promise<ComplaintAttachmentRow | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM complaint_attachment WHERE region_code = $1 AND complaint_id = $2 AND id = $3`,
      [regionCode, complaintId, id],
    )) as ComplaintAttachmentRow[];
    return row;
  }

  /** The desk clears an anonymous complaint's attachment for the agency (it shows nothing of the reporter). */
  async share(regionCode: string, complaintId: string, id: string): Promise<ComplaintAttachmentRow | undefined> {
    const [[row]] = (await this.dataSource.query(
      `UPDATE complaint_attachment SET shared_with_agency = true WHERE region_code = $1 AND complaint_id = $2 AND id = $3 RETURNING ${COLUMNS}`,
      [regionCode, complaintId, id],
    )) as [ComplaintAttachmentRow[], number];
    return row;
  }
}
