import { createHash, randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';

import {
  acceptDocument,
  actorOf,
  actsForAgency,
  canReach,
  ConflictError,
  ForbiddenError,
  InvalidValueError,
  mayReadDocumentBytes,
  NotFoundError,
  PhoneNumber,
  type Principal,
  type RegionCode,
} from '@mpp/domain';
import { DocumentStorage } from '@mpp/integrations';
import { type ApplicationDocumentRow, ApplicationDocumentsRepository, type ApplicationRow, ApplicationsRepository } from '@mpp/persistence';
import { APP_CONFIG, type AppConfig, AuditLog, LinkSigner } from '@mpp/platform';

import type { DocumentDto, DocumentLinkDto } from './application-documents.dto';
import { notFound } from './applications.service';

/** How long a download link works: long enough to open it, too short to pass around. */
const LINK_TTL_MS = 5 * 60_000;
/** The applicant adds documents while the file is with them or waiting for verification. */
const APPLICANT_UPLOAD_STATUSES = new Set(['draft', 'submitted', 'needs_revision']);

export interface StoredDocument {
  row: ApplicationDocumentRow;
  bytes: Buffer;
}

/** Documents of applications: checked by content, kept by the storage driver, read only by those allowed. */
@Injectable()
export class ApplicationDocumentsService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly documents: ApplicationDocumentsRepository,
    private readonly storage: DocumentStorage,
    private readonly links: LinkSigner,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async uploadByApplicant(
    regionCode: RegionCode,
    trackingCode: string,
    phone: string | undefined,
    body: unknown,
    name: string,
    requirement?: string,
  ) {
    const row = await this.applications.findByTrackingCode(regionCode.value, trackingCode);
    if (!row || !phone || row.applicantPhone !== PhoneNumber.parse(phone, 'x-applicant-phone').value) throw notFound('trackingCode');
    if (!APPLICANT_UPLOAD_STATUSES.has(row.status))
      throw new ConflictError('APPLICATION_STATE_CONFLICT', `documents cannot be added to an application that is ${row.status}`, 'status');
    return this.store(row, body, name, 'requirement', requirement, { type: 'applicant', id: null });
  }

  async uploadByStaff(
    regionCode: RegionCode,
    id: string,
    principal: Principal,
    body: unknown,
    name: string,
    kind: 'requirement' | 'result',
    requirement?: string,
  ) {
    const row = await this.reachable(regionCode, id, principal);
    if (kind === 'result' && !actsForAgency(principal))
      throw new ForbiddenError(
        'OUT_OF_SCOPE',
        'Only a key bound to the agency attaches its result',
        'X-API-Key',
        'API key tidak terikat pada instansi',
      );
    const actor =
      principal.kind === 'staff' ? { type: 'staff' as const, id: principal.accountId } : { type: 'api-key' as const, id: principal.keyId };
    return this.store(row, body, name, kind, requirement, actor);
  }

  /** The applicant reads the documents of their own application (the result, above all). */
  async listForApplicant(regionCode: RegionCode, trackingCode: string, phone: string): Promise<DocumentDto[]> {
    const row = await this.ownApplication(regionCode, trackingCode, phone);
    return (await this.documents.list(regionCode.value, row.id)).map(documentDto);
  }

  async downloadForApplicant(regionCode: RegionCode, trackingCode: string, phone: string, documentId: string): Promise<StoredDocument> {
    const row = await this.ownApplication(regionCode, trackingCode, phone);
    const document = await this.documents.find(regionCode.value, documentId);
    if (!document || document.applicationId !== row.id) throw documentNotFound();
    return this.bytesOf(document);
  }

  async list(regionCode: RegionCode, id: string, principal: Principal): Promise<DocumentDto[]> {
    await this.reachable(regionCode, id, principal);
    return (await this.documents.list(regionCode.value, id)).map(documentDto);
  }

  /** The bytes, for a caller who may see the application; recorded in the audit trail. */
  async download(regionCode: RegionCode, id: string, documentId: string, principal: Principal, requestId: string): Promise<StoredDocument> {
    await this.readableBytes(regionCode, id, principal);
    const row = await this.documents.find(regionCode.value, documentId);
    if (!row || row.applicationId !== id) throw documentNotFound();
    await this.audit.record({
      action: 'application.document.read',
      outcome: 'success',
      principal,
      regionCode: regionCode.value,
      target: { type: 'application_document', id: row.id },
      requestId,
    });
    return this.bytesOf(row);
  }

  async link(regionCode: RegionCode, id: string, documentId: string, principal: Principal, now = new Date()): Promise<DocumentLinkDto> {
    await this.readableBytes(regionCode, id, principal);
    const row = await this.documents.find(regionCode.value, documentId);
    if (!row || row.applicationId !== id) throw documentNotFound();
    const expiresAt = new Date(now.getTime() + LINK_TTL_MS);
    // Who issued the link travels inside the signed token, so opening it is audited as theirs.
    const { actorType, actorId } = actorOf(principal);
    const subject = [compactId(row.id), actorType === 'staff' ? 's' : 'k', compactId(actorId)].join('~');
    const token = this.links.sign(regionCode.value, subject, expiresAt);
    return { url: `/v1/regions/${regionCode}/document-links/${token}`, expiresAt: expiresAt.toISOString() };
  }

  async openLink(regionCode: RegionCode, token: string, requestId: string, now = new Date()): Promise<StoredDocument> {
    const [document, issuerKind, issuer] = this.links.verify(regionCode.value, token, now)?.split('~') ?? [];
    const [documentId, issuerId] = [uuidOf(document), uuidOf(issuer)];
    if (!documentId || !issuerId || (issuerKind !== 's' && issuerKind !== 'k'))
      throw new NotFoundError('DOCUMENT_LINK_INVALID', 'this download link is unknown or has expired', 'token');
    const row = await this.documents.find(regionCode.value, documentId);
    if (!row) throw documentNotFound();
    const stored = await this.bytesOf(row);
    await this.audit.record({
      action: 'application.document.read',
      outcome: 'success',
      actor: { actorType: issuerKind === 's' ? 'staff' : 'api-key', actorId: issuerId },
      regionCode: regionCode.value,
      target: { type: 'application_document', id: row.id },
      requestId,
      details: { via: 'link' },
    });
    return stored;
  }

  private async store(
    application: ApplicationRow,
    body: unknown,
    name: string,
    kind: 'requirement' | 'result',
    requirement: string | undefined,
    actor: { type: 'staff' | 'api-key' | 'applicant'; id: string | null },
  ): Promise<DocumentDto> {
    if (!Buffer.isBuffer(body))
      throw new InvalidValueError('DOCUMENT_BODY_REQUIRED', 'send the file itself as the body, e.g. content-type application/pdf', 'file');
    if (requirement !== undefined && !application.requirements.some((item) => item.name === requirement))
      throw new InvalidValueError('REQUIREMENT_UNKNOWN', `not a requirement of this service: ${requirement}`, 'requirement');
    const { maxBytes, maxCount } = this.config.documents;
    const accepted = acceptDocument(body, name, await this.documents.count(application.regionCode, application.id), { maxBytes, maxCount });
    const id = randomUUID();
    const storageKey = `${application.regionCode}/${application.id}/${id}`;
    // Stored first, recorded second: a crash in between leaves an unlisted file, never a listed one without bytes.
    await this.storage.put(storageKey, body, accepted.contentType);
    const added = await this.documents
      .add(
        {
          regionCode: application.regionCode,
          id,
          applicationId: application.id,
          kind,
          requirement: requirement ?? null,
          fileName: accepted.fileName,
          contentType: accepted.contentType,
          sizeBytes: body.length,
          sha256: createHash('sha256').update(body).digest('hex'),
          storageKey,
          uploadedByType: actor.type,
          uploadedById: actor.id,
        },
        maxCount,
      )
      .catch(async (error: unknown) => {
        await this.forget(storageKey);
        throw error;
      });
    if (added === 'full') {
      // Lost the race for the last place: the file stored above is nobody's.
      await this.forget(storageKey);
      throw new ConflictError('DOCUMENT_LIMIT_REACHED', `an application holds at most ${maxCount} documents`, 'file');
    }
    return documentDto(added);
  }

  private async ownApplication(regionCode: RegionCode, trackingCode: string, phone: string): Promise<ApplicationRow> {
    const row = await this.applications.findByTrackingCode(regionCode.value, trackingCode);
    if (!row || row.applicantPhone !== PhoneNumber.parse(phone).value) throw notFound('trackingCode');
    return row;
  }

  private async reachable(regionCode: RegionCode, id: string, principal: Principal): Promise<ApplicationRow> {
    const row = await this.applications.find(regionCode.value, id);
    if (!row || !canReach(principal, { regionCode: row.regionCode, agencyCode: row.agencyCode })) throw notFound('id');
    return row;
  }

  /** Best effort: a file that cannot be removed now stays unlisted, as after a crash. */
  private async forget(storageKey: string): Promise<void> {
    await this.storage.delete(storageKey).catch(() => undefined);
  }

  /** The application, for a caller who may read its documents' bytes (which show the whole NIK). */
  private async readableBytes(regionCode: RegionCode, id: string, principal: Principal): Promise<ApplicationRow> {
    const row = await this.reachable(regionCode, id, principal);
    if (!mayReadDocumentBytes(principal))
      throw new ForbiddenError(
        'OUT_OF_SCOPE',
        'Only the agency handling the application reads its documents; the list stays open to you',
        'documentId',
        'tidak dapat Anda baca',
      );
    return row;
  }

  private async bytesOf(row: ApplicationDocumentRow): Promise<StoredDocument> {
    const bytes = await this.storage.get(row.storageKey);
    if (!bytes) throw documentNotFound();
    return { row, bytes };
  }
}

/** A UUID in 22 characters (base64url of its 16 bytes): a link's path stays under Fastify's parameter limit. */
function compactId(uuid: string): string {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex').toString('base64url');
}

function uuidOf(compact: string | undefined): string | undefined {
  const hex = compact && /^[A-Za-z0-9_-]{22}$/.test(compact) ? Buffer.from(compact, 'base64url').toString('hex') : '';
  return hex.length === 32
    ? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
    : undefined;
}

function documentNotFound(): NotFoundError {
  return new NotFoundError('DOCUMENT_NOT_FOUND', 'this application holds no document with this id', 'documentId');
}

export function documentDto(row: ApplicationDocumentRow): DocumentDto {
  return {
    id: row.id,
    kind: row.kind,
    requirement: row.requirement,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedBy: row.uploadedByType,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}
