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

import { parseTrackingCode, RegionCode } from '@mpp/domain';
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

import { AttachmentUploadQuery, ComplaintAttachmentDto, ReporterPhoneDto } from './complaint-attachments.dto';
import { ComplaintAttachmentsService, type StoredAttachment } from './complaint-attachments.service';

const REGION = { in: 'param' as const, name: 'code' };
const STAFF = ['counter_officer', 'agency_supervisor', 'region_admin', 'national_admin'] as const;
const REPORTER = 'The tracking code with the reporter’s phone number proves the caller is the reporter';
const FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const FILE_BODY = {
  schema: { type: 'string', format: 'binary' },
  description: 'The file itself: PDF, JPEG or PNG, checked by its content',
};
const FILE_ANSWER = { description: 'The file', schema: { type: 'string', format: 'binary' } };
const ATTACHMENT = { name: 'attachmentId', example: '5b1d7c8e-2f3a-4c6d-9e0f-1a2b3c4d5e6f' };

@ApiTags('complaints')
@ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
@ApiBadRequestResponse({
  type: ErrorResponseDto,
  description: 'DOCUMENT_TYPE_NOT_ALLOWED, DOCUMENT_TOO_LARGE, DOCUMENT_EMPTY, DOCUMENT_BODY_REQUIRED, VALIDATION_FAILED',
})
@ApiNotFoundResponse({ type: ErrorResponseDto, description: 'COMPLAINT_NOT_FOUND, COMPLAINT_ATTACHMENT_NOT_FOUND' })
@Controller('v1/regions/:code')
export class ComplaintAttachmentsController {
  constructor(private readonly attachments: ComplaintAttachmentsService) {}

  @Post('complaint-tracking/:trackingCode/attachments')
  @RouteConfig(RAW_UPLOAD)
  @PublicAccess(REPORTER + ' (X-Reporter-Phone)')
  @ApiOperation({ summary: 'The reporter attaches a file to their complaint (the raw file as the body) while it is open' })
  @ApiParam({ name: 'trackingCode', example: '7KQ2M-9XW4T' })
  @ApiHeader({
    name: 'X-Reporter-Phone',
    required: true,
    example: '081234567890',
    schema: { type: 'string', pattern: '^[0-9+ -]+$', maxLength: 20 },
  })
  @ApiConsumes(...FILE_TYPES)
  @ApiBody(FILE_BODY)
  @ApiCreatedResponse({ type: ComplaintAttachmentDto })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'COMPLAINT_ATTACHMENT_LIMIT_REACHED, COMPLAINT_STATE_CONFLICT (closed or archived)',
  })
  byReporter(
    @RegionParam() code: RegionCode,
    @Param('trackingCode') trackingCode: string,
    @Headers('x-reporter-phone') phone: string | undefined,
    @Query() query: AttachmentUploadQuery,
    @Req() request: FastifyRequest,
  ): Promise<ComplaintAttachmentDto> {
    return this.attachments.uploadByReporter(code, parseTrackingCode(trackingCode), phone, request.body, query.name);
  }

  @Post('complaint-tracking/:trackingCode/attachments/list')
  @HttpCode(200)
  @PublicAccess(REPORTER)
  @ApiOperation({ summary: 'The reporter lists the files of their complaint' })
  @ApiParam({ name: 'trackingCode', example: '7KQ2M-9XW4T' })
  @ApiOkResponse({ type: [ComplaintAttachmentDto] })
  listForReporter(@RegionParam() code: RegionCode, @Param('trackingCode') trackingCode: string, @Body() body: ReporterPhoneDto) {
    return this.attachments.listForReporter(code, parseTrackingCode(trackingCode), body.phone);
  }

  @Post('complaint-tracking/:trackingCode/attachments/:attachmentId/download')
  @HttpCode(200)
  @PublicAccess(REPORTER)
  @ApiOperation({ summary: 'The reporter downloads a file of their complaint' })
  @ApiParam({ name: 'trackingCode', example: '7KQ2M-9XW4T' })
  @ApiParam(ATTACHMENT)
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse(FILE_ANSWER)
  async downloadForReporter(
    @RegionParam() code: RegionCode,
    @Param('trackingCode') trackingCode: string,
    @Param('attachmentId', ParseIdPipe) attachmentId: string,
    @Body() body: ReporterPhoneDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return send(reply, await this.attachments.downloadForReporter(code, parseTrackingCode(trackingCode), body.phone, attachmentId));
  }

  @Post('complaints/:id/attachments')
  @RouteConfig(RAW_UPLOAD)
  @RestrictedAccess({ roles: STAFF, apiScope: 'complaints:write', region: REGION })
  @ApiOperation({ summary: 'The desk, the agency or an integrator attaches a file (evidence brought to the desk, an answer’s proof)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiConsumes(...FILE_TYPES)
  @ApiBody(FILE_BODY)
  @ApiCreatedResponse({ type: ComplaintAttachmentDto })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description: 'COMPLAINT_ATTACHMENT_LIMIT_REACHED, COMPLAINT_STATE_CONFLICT (closed or archived)',
  })
  byStaff(
    @RegionParam() code: RegionCode,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: AttachmentUploadQuery,
    @Req() request: FastifyRequest,
    @CurrentActingRequest() meta: ActingRequest,
  ): Promise<ComplaintAttachmentDto> {
    return this.attachments.uploadByStaff(code, id, meta.principal, request.body, query.name);
  }

  @Get('complaints/:id/attachments')
  @RestrictedAccess({ roles: STAFF, apiScope: 'complaints:read', region: REGION })
  @ApiOperation({
    summary: 'The files of a complaint the caller may read',
    description: 'For an anonymous complaint the agency sees only the files the desk cleared, under neutral names.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: [ComplaintAttachmentDto] })
  list(@RegionParam() code: RegionCode, @Param('id', ParseIdPipe) id: string, @CurrentActingRequest() meta: ActingRequest) {
    return this.attachments.list(code, id, meta.principal);
  }

  @Get('complaints/:id/attachments/:attachmentId')
  @RestrictedAccess({ roles: STAFF, apiScope: 'complaints:read', region: REGION })
  @ApiOperation({ summary: 'Download a file of a complaint (audited); an anonymous complaint’s uncleared file answers 404 to the agency' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam(ATTACHMENT)
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse(FILE_ANSWER)
  async download(
    @RegionParam() code: RegionCode,
    @Param('id', ParseIdPipe) id: string,
    @Param('attachmentId', ParseIdPipe) attachmentId: string,
    @CurrentActingRequest() meta: ActingRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return send(reply, await this.attachments.download(code, id, attachmentId, meta.principal, meta.requestId));
  }

  @Post('complaints/:id/attachments/:attachmentId/share')
  @HttpCode(200)
  @RestrictedAccess({ roles: ['region_admin', 'national_admin'], region: REGION })
  @ApiOperation({ summary: 'The desk clears an anonymous complaint’s file for the agency, having seen it names nobody (audited)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam(ATTACHMENT)
  @ApiOkResponse({ type: ComplaintAttachmentDto })
  share(
    @RegionParam() code: RegionCode,
    @Param('id', ParseIdPipe) id: string,
    @Param('attachmentId', ParseIdPipe) attachmentId: string,
    @CurrentActingRequest() meta: ActingRequest,
  ): Promise<ComplaintAttachmentDto> {
    return this.attachments.share(code, id, attachmentId, meta.principal, meta.requestId);
  }
}

/** Served as an attachment of its sniffed type, never cached, never re-sniffed by the browser. */
function send(reply: FastifyReply, attachment: StoredAttachment): Buffer {
  void reply
    .header('content-type', attachment.row.contentType)
    .header('content-disposition', `attachment; filename="${attachment.row.fileName.replace(/[^\x20-\x7e]|"/g, '_')}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store');
  return attachment.bytes;
}
