import { createHash, randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';

import {
  acceptDocument,
  actorOf,
  ConflictError,
  InvalidValueError,
  isComplaintDesk,
  mayReadComplaintAttachment,
  NotFoundError,
  type Principal,
  type RegionCode,
  sharedOnUpload,
} from '@mpp/domain';
import { DocumentStorage } from '@mpp/integrations';
import { type ComplaintAttachmentRow, ComplaintAttachmentsRepository, type ComplaintRow, ComplaintsRepository } from '@mpp/persistence';
import { APP_CONFIG, type AppConfig, AuditLog } from '@mpp/platform';

import type { ComplaintAttachmentDto } from './complaint-attachments.dto';
import { ComplaintsService, notFound } from './complaints.service';

export interface StoredAttachment {
  row: ComplaintAttachmentRow;
  bytes: Buffer;
}

/** Who uploads: the reporter (proved by code and phone) or staff and keys who reach the complaint. */
type Uploader = { type: 'reporter' } | { type: 'staff'; principal: Principal };

/**
 * Complaint attachments: checked by content like applications' documents (decision 0032), kept
 * by the same storage driver, and read by the reporter, the desk, and the agency within the
 * anonymity rule (`mayReadComplaintAttachment`). Every staff read is in the audit trail.
 */
@Injectable()
export class ComplaintAttachmentsService {
  constructor(
    private readonly complaints: ComplaintsService,
    private readonly rows: ComplaintsRepository,
    private readonly attachments: ComplaintAttachmentsRepository,
    private readonly storage: DocumentStorage,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async uploadByReporter(regionCode: RegionCode, trackingCode: string, phone: string | undefined, body: unknown, name: string) {
    if (!phone) throw notFound('trackingCode');
    const complaint = await this.complaints.byReporter(regionCode, trackingCode, phone);
    return this.store(complaint, body, name, { type: 'reporter' });
  }

  async uploadByStaff(regionCode: RegionCode, id: string, principal: Principal, body: unknown, name: string) {
    return this.store(await this.reachable(regionCode, id, principal), body, name, { type: 'staff', principal });
  }

  async listForReporter(regionCode: RegionCode, trackingCode: string, phone: string): Promise<ComplaintAttachmentDto[]> {
    const complaint = await this.complaints.byReporter(regionCode, trackingCode, phone);
    return (await this.attachments.list(complaint.regionCode, complaint.id)).map((row, index) => attachmentDto(row, index, true));
  }

  async downloadForReporter(regionCode: RegionCode, trackingCode: string, phone: string, attachmentId: string): Promise<StoredAttachment> {
    const complaint = await this.complaints.byReporter(regionCode, trackingCode, phone);
    const row = await this.attachments.find(complaint.regionCode, complaint.id, attachmentId);
    if (!row) throw attachmentNotFound();
    return this.bytesOf(row);
  }

  /** The attachments the caller may read; for the agency of an anonymous complaint, only the cleared ones, without their names. */
  async list(regionCode: RegionCode, id: string, principal: Principal): Promise<ComplaintAttachmentDto[]> {
    const complaint = await this.reachable(regionCode, id, principal);
    const rows = await this.attachments.list(complaint.regionCode, complaint.id);
    const names = !complaint.anonymous || isComplaintDesk(principal);
    return rows
      .map((row, index) => ({ row, index }))
      .filter(({ row }) => mayReadComplaintAttachment(principal, complaint, row))
      .map(({ row, index }) => attachmentDto(row, index, names));
  }

  async download(
    regionCode: RegionCode,
    id: string,
    attachmentId: string,
    principal: Principal,
    requestId: string,
  ): Promise<StoredAttachment> {
    const complaint = await this.reachable(regionCode, id, principal);
    const row = await this.attachments.find(complaint.regionCode, complaint.id, attachmentId);
    // An attachment the caller may not read answers as one that does not exist: its existence tells nothing.
    if (!row || !mayReadComplaintAttachment(principal, complaint, row)) throw attachmentNotFound();
    await this.audit.record({
      action: 'complaint.attachment.read',
      outcome: 'success',
      principal,
      regionCode: complaint.regionCode,
      target: { type: 'complaint_attachment', id: row.id },
      requestId,
    });
    const stored = await this.bytesOf(row);
    if (!complaint.anonymous || isComplaintDesk(principal)) return stored;
    const index = (await this.attachments.list(complaint.regionCode, complaint.id)).findIndex((item) => item.id === row.id);
    return { ...stored, row: { ...row, fileName: neutralName(row, index) } };
  }

  /** The desk clears an anonymous complaint's file for the agency, after looking at it; audited. */
  async share(regionCode: RegionCode, id: string, attachmentId: string, principal: Principal, requestId: string) {
    const complaint = await this.reachable(regionCode, id, principal);
    const row = await this.attachments.share(complaint.regionCode, complaint.id, attachmentId);
    if (!row) throw attachmentNotFound();
    await this.audit.record({
      action: 'complaint.attachment.share',
      outcome: 'success',
      principal,
      regionCode: complaint.regionCode,
      target: { type: 'complaint_attachment', id: row.id },
      requestId,
    });
    const index = (await this.attachments.list(complaint.regionCode, complaint.id)).findIndex((item) => item.id === row.id);
    return attachmentDto(row, index, true);
  }

  private async store(complaint: ComplaintRow, body: unknown, name: string, uploader: Uploader): Promise<ComplaintAttachmentDto> {
    if (!Buffer.isBuffer(body))
      throw new InvalidValueError('DOCUMENT_BODY_REQUIRED', 'send the file itself as the body, e.g. content-type image/jpeg', 'file');
    const { maxBytes, maxCount } = this.config.documents;
    // The count is checked under the complaint's lock when recorded; here only size and type.
    const accepted = acceptDocument(body, name, 0, { maxBytes, maxCount });
    const id = randomUUID();
    const storageKey = `${complaint.regionCode}/complaints/${complaint.id}/${id}`;
    const actor = uploader.type === 'reporter' ? undefined : actorOf(uploader.principal);
    // Stored first, recorded second: a crash in between leaves an unlisted file, never a listed one without bytes.
    await this.storage.put(storageKey, body, accepted.contentType);
    const added = await this.attachments
      .add(
        {
          regionCode: complaint.regionCode,
          id,
          complaintId: complaint.id,
          fileName: accepted.fileName,
          contentType: accepted.contentType,
          sizeBytes: body.length,
          sha256: createHash('sha256').update(body).digest('hex'),
          storageKey,
          uploadedByType: actor?.actorType ?? 'reporter',
          uploadedById: actor?.actorId ?? null,
          sharedWithAgency: sharedOnUpload(uploader.type === 'staff' ? uploader.principal : undefined, complaint),
        },
        maxCount,
        new Date(),
      )
      .catch(async (error: unknown) => {
        await this.forget(storageKey);
        throw error;
      });
    if (added === 'full' || added === 'closed') {
      await this.forget(storageKey);
      if (added === 'closed')
        throw new ConflictError('COMPLAINT_STATE_CONFLICT', 'a closed or archived complaint takes no more files', 'status');
      throw new ConflictError('COMPLAINT_ATTACHMENT_LIMIT_REACHED', `a complaint holds at most ${maxCount} attachments`, 'file');
    }
    const count = (await this.attachments.list(complaint.regionCode, complaint.id)).length;
    return attachmentDto(added, count - 1, true);
  }

  private async reachable(regionCode: RegionCode, id: string, principal: Principal): Promise<ComplaintRow> {
    const row = await this.rows.find(regionCode.value, id);
    if (!row || !this.complaints.reaches(principal, row)) throw notFound('id');
    return row;
  }

  /** Best effort: a file that cannot be removed now stays unlisted, as after a crash. */
  private async forget(storageKey: string): Promise<void> {
    await this.storage.delete(storageKey).catch(() => undefined);
  }

  private async bytesOf(row: ComplaintAttachmentRow): Promise<StoredAttachment> {
    const bytes = await this.storage.get(row.storageKey);
    if (!bytes) throw attachmentNotFound();
    return { row, bytes };
  }
}

/** What the agency of an anonymous complaint sees instead of the reporter's file name (which may carry a name). */
function neutralName(row: ComplaintAttachmentRow, index: number): string {
  return `lampiran-${index + 1}.${row.fileName.split('.').pop() ?? 'bin'}`;
}

function attachmentDto(row: ComplaintAttachmentRow, index: number, withName: boolean): ComplaintAttachmentDto {
  return {
    id: row.id,
    fileName: withName ? row.fileName : neutralName(row, index),
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedBy: withName ? row.uploadedByType : null,
    sharedWithAgency: row.sharedWithAgency,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

function attachmentNotFound(): NotFoundError {
  return new NotFoundError('COMPLAINT_ATTACHMENT_NOT_FOUND', 'this complaint holds no attachment with this id', 'attachmentId');
}
