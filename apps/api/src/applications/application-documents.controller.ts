import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { RegionCode } from '@mpp/domain';
import { parseTrackingCode } from '@mpp/domain';
import {
  type ActingRequest,
  CurrentActingRequest,
  ErrorResponseDto,
  ParseIdPipe,
  PublicAccess,
  RAW_UPLOAD,
  RegionParam,
  RestrictedAccess,
} from '@mpp/platform';

import { DocumentDto, DocumentLinkDto, DocumentUploadQuery, StaffDocumentUploadQuery } from './application-documents.dto';
import { ApplicationDocumentsService, type StoredDocument } from './application-documents.service';
import { ApplicantProofDto } from './application-requests.dto';

const REGION = { in: 'param' as const, name: 'code' };
const READERS = ['counter_officer', 'agency_supervisor', 'region_admin', 'national_admin'] as const;
/** The bytes show what the metadata hides (a scanned KTP, the whole NIK): the handling agency's staff only. */
const BYTE_READERS = ['counter_officer', 'agency_supervisor'] as const;
const FILE_BODY = {
  schema: { type: 'string', format: 'binary' },
  description: 'The file itself: PDF, JPEG or PNG, checked by its content',
};
const FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

@ApiTags('applications')
@ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
@ApiBadRequestResponse({
  type: ErrorResponseDto,
  description:
    'DOCUMENT_TYPE_NOT_ALLOWED, DOCUMENT_TOO_LARGE, DOCUMENT_EMPTY, DOCUMENT_BODY_REQUIRED, REQUIREMENT_UNKNOWN, VALIDATION_FAILED',
})
@ApiNotFoundResponse({ type: ErrorResponseDto, description: 'APPLICATION_NOT_FOUND, DOCUMENT_NOT_FOUND, DOCUMENT_LINK_INVALID' })
@ApiConflictResponse({ type: ErrorResponseDto, description: 'DOCUMENT_LIMIT_REACHED, APPLICATION_STATE_CONFLICT' })
@Controller('v1/regions/:code')
export class ApplicationDocumentsController {
  constructor(private readonly documents: ApplicationDocumentsService) {}

  @Post('tracking/:trackingCode/documents')
  @RouteConfig(RAW_UPLOAD)
  @PublicAccess('The tracking code with the applicant’s phone number (X-Applicant-Phone) proves the caller is the applicant')
  @ApiOperation({ summary: 'The applicant uploads a document (the raw file as the body)' })
  @ApiParam({ name: 'trackingCode', example: '7KQ2M-9XW4T' })
  @ApiHeader({
    name: 'X-Applicant-Phone',
    required: true,
    example: '081234567890',
    schema: { type: 'string', pattern: '^[0-9+ -]+$', maxLength: 20 },
  })
  @ApiConsumes(...FILE_TYPES)
  @ApiBody(FILE_BODY)
  @ApiCreatedResponse({ type: DocumentDto })
  byApplicant(
    @RegionParam() code: RegionCode,
    @Param('trackingCode') trackingCode: string,
    @Headers('x-applicant-phone') phone: string | undefined,
    @Query() query: DocumentUploadQuery,
    @Req() request: FastifyRequest,
  ): Promise<DocumentDto> {
    return this.documents.uploadByApplicant(code, parseTrackingCode(trackingCode), phone, request.body, query.name, query.requirement);
  }

  @Post('tracking/:trackingCode/documents/list')
  @HttpCode(200)
  @PublicAccess('The tracking code with the applicant’s phone number proves the caller is the applicant')
  @ApiOperation({ summary: 'The applicant lists the documents of their application, the result among them' })
  @ApiParam({ name: 'trackingCode', example: '7KQ2M-9XW4T' })
  @ApiOkResponse({ type: [DocumentDto] })
  listForApplicant(
    @RegionParam() code: RegionCode,
    @Param('trackingCode') trackingCode: string,
    @Body() body: ApplicantProofDto,
  ): Promise<DocumentDto[]> {
    return this.documents.listForApplicant(code, parseTrackingCode(trackingCode), body.phone);
  }

  @Post('tracking/:trackingCode/documents/:documentId/download')
  @HttpCode(200)
  @PublicAccess('The tracking code with the applicant’s phone number proves the caller is the applicant')
  @ApiOperation({ summary: 'The applicant downloads a document of their application' })
  @ApiParam({ name: 'trackingCode', example: '7KQ2M-9XW4T' })
  @ApiParam({ name: 'documentId', example: '5b1d7c8e-2f3a-4c6d-9e0f-1a2b3c4d5e6f' })
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  async downloadForApplicant(
    @RegionParam() code: RegionCode,
    @Param('trackingCode') trackingCode: string,
    @Param('documentId', ParseIdPipe) documentId: string,
    @Body() body: ApplicantProofDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return send(reply, await this.documents.downloadForApplicant(code, parseTrackingCode(trackingCode), body.phone, documentId));
  }

  @Post('applications/:id/documents')
  @RouteConfig(RAW_UPLOAD)
  @RestrictedAccess({ roles: ['counter_officer', 'agency_supervisor'], apiScope: 'applications:write', region: REGION })
  @ApiOperation({ summary: 'The agency adds a document: a requirement brought to the counter, or the result (kind=result)' })
  @ApiParam({ name: 'id', example: '0f7c2a1e-3b9d-4e55-8a61-2d4c9b7e1f03' })
  @ApiConsumes(...FILE_TYPES)
  @ApiBody(FILE_BODY)
  @ApiCreatedResponse({ type: DocumentDto })
  byStaff(
    @RegionParam() code: RegionCode,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: StaffDocumentUploadQuery,
    @Req() request: FastifyRequest,
    @CurrentActingRequest() meta: ActingRequest,
  ): Promise<DocumentDto> {
    return this.documents.uploadByStaff(code, id, meta.principal, request.body, query.name, query.kind ?? 'requirement', query.requirement);
  }

  @Get('applications/:id/documents')
  @RestrictedAccess({ roles: READERS, apiScope: 'applications:read', region: REGION })
  @ApiOperation({ summary: 'The documents of an application' })
  @ApiParam({ name: 'id', example: '0f7c2a1e-3b9d-4e55-8a61-2d4c9b7e1f03' })
  @ApiOkResponse({ type: [DocumentDto] })
  list(
    @RegionParam() code: RegionCode,
    @Param('id', ParseIdPipe) id: string,
    @CurrentActingRequest() meta: ActingRequest,
  ): Promise<DocumentDto[]> {
    return this.documents.list(code, id, meta.principal);
  }

  @Get('applications/:id/documents/:documentId')
  @RestrictedAccess({ roles: BYTE_READERS, apiScope: 'applications:read', region: REGION })
  @ApiOperation({ summary: 'Download a document through the API (audited); the handling agency’s staff and keys bound to it only' })
  @ApiParam({ name: 'id', example: '0f7c2a1e-3b9d-4e55-8a61-2d4c9b7e1f03' })
  @ApiParam({ name: 'documentId', example: '5b1d7c8e-2f3a-4c6d-9e0f-1a2b3c4d5e6f' })
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  async download(
    @RegionParam() code: RegionCode,
    @Param('id', ParseIdPipe) id: string,
    @Param('documentId', ParseIdPipe) documentId: string,
    @CurrentActingRequest() meta: ActingRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return send(reply, await this.documents.download(code, id, documentId, meta.principal, meta.requestId));
  }

  @Post('applications/:id/documents/:documentId/links')
  @RestrictedAccess({ roles: BYTE_READERS, apiScope: 'applications:read', region: REGION })
  @ApiOperation({ summary: 'A download link that works for 5 minutes without credentials (for a browser or a viewer)' })
  @ApiParam({ name: 'id', example: '0f7c2a1e-3b9d-4e55-8a61-2d4c9b7e1f03' })
  @ApiParam({ name: 'documentId', example: '5b1d7c8e-2f3a-4c6d-9e0f-1a2b3c4d5e6f' })
  @ApiCreatedResponse({ type: DocumentLinkDto })
  link(
    @RegionParam() code: RegionCode,
    @Param('id', ParseIdPipe) id: string,
    @Param('documentId', ParseIdPipe) documentId: string,
    @CurrentActingRequest() meta: ActingRequest,
  ): Promise<DocumentLinkDto> {
    return this.documents.link(code, id, documentId, meta.principal);
  }

  @Get('document-links/:token')
  @PublicAccess('A link signed by the API for one document, issued to someone allowed to see it, working for 5 minutes')
  @ApiOperation({ summary: 'Open a short-lived download link' })
  @ApiParam({ name: 'token', example: 'eyJyZWdpb24iOiIzMi43MSJ9.x2f...' })
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  async openLink(
    @RegionParam() code: RegionCode,
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return send(reply, await this.documents.openLink(code, token, request.id));
  }
}

/** Served as an attachment of its sniffed type, never cached, never re-sniffed by the browser. */
function send(reply: FastifyReply, document: StoredDocument): Buffer {
  void reply
    .header('content-type', document.row.contentType)
    .header('content-disposition', `attachment; filename="${document.row.fileName.replace(/[^\x20-\x7e]|"/g, '_')}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store');
  return document.bytes;
}
