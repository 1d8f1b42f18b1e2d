import { Body, Controller, Get, Headers, HttpCode, Ip, type MessageEvent, Param, Post, Res, Sse } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Observable } from 'rxjs';

import { RegionCode } from '@mpp/domain';
import {
  type AccessRequest,
  CurrentDevice,
  DeviceAccess,
  type DevicePrincipal,
  ErrorResponseDto,
  ParseIdPipe,
  PublicAccess,
  RegionParam,
} from '@mpp/platform';

import { LiveStreams } from './live/live-streams.service';
import { TakeTicketDto } from './queue.dto';
import { TicketDto } from './ticket.dto';
import { TicketsService } from './tickets.service';

const TICKET_REASON = 'The ticket id is the citizen’s own key to their ticket (a random UUID); the page shows no personal data';

@ApiTags('queue')
@ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
@ApiBadRequestResponse({
  type: ErrorResponseDto,
  description: 'VALIDATION_FAILED, REGION_CODE_INVALID, PHONE_INVALID, PRIORITY_NEEDS_KIOSK',
})
@ApiNotFoundResponse({
  type: ErrorResponseDto,
  description: 'DEPLOYMENT_NOT_FOUND, SITE_NOT_FOUND, AGENCY_NOT_FOUND, SERVICE_NOT_FOUND, TICKET_NOT_FOUND',
})
@Controller('v1/regions/:code')
export class TicketsController {
  constructor(
    private readonly tickets: TicketsService,
    private readonly streams: LiveStreams,
  ) {}

  @Post('sites/:siteCode/tickets')
  @DeviceAccess({
    devices: ['kiosk'],
    region: { in: 'param', name: 'code' },
    site: { in: 'param', name: 'siteCode' },
    otherwisePublic:
      'Citizens take walk-in tickets from their phones without an account (rate limited per client); kiosks send their device token',
    integrators: { apiScope: 'queue:write', region: { in: 'param', name: 'code' } },
  })
  @ApiOperation({
    summary: 'Take a walk-in ticket (antrean): numbered per prefix and day in the mall’s time zone, with no duplicate and no gap',
    description:
      'Send `Idempotency-Key` (a fresh UUID per tap) so a retry or double tap returns the same ticket. Refused with 409 SERVICE_CLOSED, TICKETS_CLOSED, WALK_IN_NOT_OFFERED or DAILY_QUOTA_REACHED.',
  })
  @ApiParam({ name: 'siteCode', example: 'mpp-kota-bogor' })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Up to 255 visible ASCII characters (a fresh UUID per tap); kept 24 hours',
    schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 },
  })
  @ApiCreatedResponse({
    type: TicketDto,
    headers: { 'Idempotent-Replayed': { description: '"true" when this is the first answer replayed', schema: { type: 'string' } } },
  })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'SERVICE_CLOSED, TICKETS_CLOSED, WALK_IN_NOT_OFFERED, DAILY_QUOTA_REACHED' })
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: 'IDEMPOTENCY_KEY_REUSED: the key was used for another request' })
  async take(
    @RegionParam() code: RegionCode,
    @Param('siteCode') siteCode: string,
    @Body() body: TakeTicketDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Ip() clientIp: string,
    @CurrentDevice() device: DevicePrincipal | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TicketDto> {
    // An integrator taking a ticket for a citizen: the guard left its key on the request.
    const principal = (reply.request as AccessRequest).principal;
    const apiKeyId = principal?.kind === 'api-key' ? principal.keyId : undefined;
    const { ticket, replayed } = await this.tickets.take(code, siteCode, body, { device, clientIp, idempotencyKey, apiKeyId });
    if (replayed) void reply.header('idempotent-replayed', 'true');
    return ticket;
  }

  @Get('tickets/:ticketId')
  @PublicAccess(TICKET_REASON)
  @ApiOperation({ summary: 'A ticket’s page: status, position in line, estimated wait, the counter when called' })
  @ApiOkResponse({ type: TicketDto })
  view(@RegionParam() code: RegionCode, @Param('ticketId', ParseIdPipe) ticketId: string): Promise<TicketDto> {
    return this.tickets.view(code, ticketId);
  }

  @Post('tickets/:ticketId/cancel')
  @HttpCode(200)
  @PublicAccess(TICKET_REASON)
  @ApiOperation({ summary: 'Give up a waiting ticket' })
  @ApiOkResponse({ type: TicketDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'TICKET_STATE_CONFLICT: only waiting tickets can be cancelled' })
  cancel(@RegionParam() code: RegionCode, @Param('ticketId', ParseIdPipe) ticketId: string): Promise<TicketDto> {
    return this.tickets.cancel(code, ticketId);
  }

  @Sse('tickets/:ticketId/events')
  @PublicAccess(TICKET_REASON)
  @ApiOperation({ summary: 'Server-sent events for one ticket: its page (`ticket` events) whenever its line moves' })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'An event stream; each `ticket` event carries a TicketDto' })
  ticketEvents(@RegionParam() code: RegionCode, @Param('ticketId', ParseIdPipe) ticketId: string): Promise<Observable<MessageEvent>> {
    return this.streams.ticket(code, ticketId);
  }
}
