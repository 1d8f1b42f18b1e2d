import { CurrentRequest, ErrorResponseDto, type RequestMeta, RestrictedAccess } from '@mpp/platform';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CounterStateDto } from './counter-state.dto';
import { CountersService } from './counters.service';
import { CallTicketDto, OpenCounterDto, TransferTicketDto } from './queue.dto';

/** Counter actions belong to the officers and supervisors of the counter's agency (checked per agency in the service). */
const COUNTER_ACCESS = { roles: ['counter_officer', 'agency_supervisor'] as const, region: { in: 'param' as const, name: 'code' } };

@ApiTags('counters')
@ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
@ApiParam({ name: 'agencyCode', example: 'disdukcapil' })
@ApiParam({ name: 'counterCode', example: 'loket-1' })
@ApiNotFoundResponse({ type: ErrorResponseDto, description: 'COUNTER_NOT_FOUND, SITE_NOT_FOUND, SERVICE_NOT_FOUND or TICKET_NOT_FOUND' })
@ApiConflictResponse({
  type: ErrorResponseDto,
  description: 'COUNTER_CLOSED, COUNTER_TAKEN, COUNTER_BUSY, NO_CURRENT_TICKET, QUEUE_EMPTY or TICKET_STATE_CONFLICT',
})
@RestrictedAccess(COUNTER_ACCESS)
@Controller('v1/regions/:code/agencies/:agencyCode/counters/:counterCode')
export class CountersController {
  constructor(private readonly counters: CountersService) {}

  @Get()
  @ApiOperation({ summary: 'The counter: open or closed, its services, the ticket it serves' })
  @ApiOkResponse({ type: CounterStateDto })
  state(
    @Param('code') code: string,
    @Param('agencyCode') agencyCode: string,
    @Param('counterCode') counterCode: string,
    @CurrentRequest() meta: RequestMeta,
  ) {
    return this.counters.state({ regionCode: code, agencyCode, counterCode }, acting(meta));
  }

  @Post('open')
  @HttpCode(200)
  @ApiOperation({ summary: 'Open the counter at a site, with the officer signed in, for some or all of the agency’s services' })
  @ApiOkResponse({ type: CounterStateDto })
  open(
    @Param('code') code: string,
    @Param('agencyCode') agencyCode: string,
    @Param('counterCode') counterCode: string,
    @Body() body: OpenCounterDto,
    @CurrentRequest() meta: RequestMeta,
  ) {
    return this.counters.open({ regionCode: code, agencyCode, counterCode }, body, acting(meta));
  }

  @Post('close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the counter (nothing may be called or in service at it)' })
  @ApiOkResponse({ type: CounterStateDto })
  close(
    @Param('code') code: string,
    @Param('agencyCode') agencyCode: string,
    @Param('counterCode') counterCode: string,
    @CurrentRequest() meta: RequestMeta,
  ) {
    return this.counters.close({ regionCode: code, agencyCode, counterCode }, acting(meta));
  }

  @Post('call-next')
  @HttpCode(200)
  @ApiOperation({ summary: 'Call the next ticket by each service’s call order; two counters calling at once get different tickets' })
  @ApiOkResponse({ type: CounterStateDto })
  callNext(
    @Param('code') code: string,
    @Param('agencyCode') agencyCode: string,
    @Param('counterCode') counterCode: string,
    @CurrentRequest() meta: RequestMeta,
  ) {
    return this.counters.callNext({ regionCode: code, agencyCode, counterCode }, acting(meta));
  }

  @Post('call')
  @HttpCode(200)
  @ApiOperation({ summary: 'Call one ticket by number: one this counter held, or a waiting one out of turn (supervisors; audited)' })
  @ApiOkResponse({ type: CounterStateDto })
  call(
    @Param('code') code: string,
    @Param('agencyCode') agencyCode: string,
    @Param('counterCode') counterCode: string,
    @Body() body: CallTicketDto,
    @CurrentRequest() meta: RequestMeta,
  ) {
    return this.counters.callNumber({ regionCode: code, agencyCode, counterCode }, body.ticketNumber, acting(meta));
  }

  @Post('recall')
  @HttpCode(200)
  @ApiOperation({ summary: 'Call the current ticket again (board and sound)' })
  @ApiOkResponse({ type: CounterStateDto })
  recall(
    @Param('code') code: string,
    @Param('agencyCode') agencyCode: string,
    @Param('counterCode') counterCode: string,
    @CurrentRequest() meta: RequestMeta,
  ) {
    return this.counters.recall({ regionCode: code, agencyCode, counterCode }, acting(meta));
  }

  @Post('start')
  @HttpCode(200)
  @ApiOperation({ summary: 'The visitor arrived: start serving the called ticket' })
  @ApiOkResponse({ type: CounterStateDto })
  start(
    @Param('code') code: string,
    @Param('agencyCode') agencyCode: string,
    @Param('counterCode') counterCode: string,
    @CurrentRequest() meta: RequestMeta,
  ) {
    return this.counters.start({ regionCode: code, agencyCode, counterCode }, acting(meta));
  }

  @Post('hold')
  @HttpCode(200)
  @ApiOperation({ summary: 'Set the current ticket aside (a missing document); call it again later by number' })
  @ApiOkResponse({ type: CounterStateDto })
  hold(
    @Param('code') code: string,
    @Param('agencyCode') agencyCode: string,
    @Param('counterCode') counterCode: string,
    @CurrentRequest() meta: RequestMeta,
  ) {
    return this.counters.hold({ regionCode: code, agencyCode, counterCode }, acting(meta));
  }

  @Post('skip')
  @HttpCode(200)
  @ApiOperation({ summary: 'The called visitor did not come: mark a no-show' })
  @ApiOkResponse({ type: CounterStateDto })
  skip(
    @Param('code') code: string,
    @Param('agencyCode') agencyCode: string,
    @Param('counterCode') counterCode: string,
    @CurrentRequest() meta: RequestMeta,
  ) {
    return this.counters.skip({ regionCode: code, agencyCode, counterCode }, acting(meta));
  }

  @Post('transfer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the current ticket to another service or agency at this site; it keeps its arrival time' })
  @ApiOkResponse({ type: CounterStateDto })
  transfer(
    @Param('code') code: string,
    @Param('agencyCode') agencyCode: string,
    @Param('counterCode') counterCode: string,
    @Body() body: TransferTicketDto,
    @CurrentRequest() meta: RequestMeta,
  ) {
    return this.counters.transfer({ regionCode: code, agencyCode, counterCode }, body, acting(meta));
  }

  @Post('finish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Service done' })
  @ApiOkResponse({ type: CounterStateDto })
  finish(
    @Param('code') code: string,
    @Param('agencyCode') agencyCode: string,
    @Param('counterCode') counterCode: string,
    @CurrentRequest() meta: RequestMeta,
  ) {
    return this.counters.finish({ regionCode: code, agencyCode, counterCode }, acting(meta));
  }
}

function acting(meta: RequestMeta) {
  if (!meta.principal) throw new Error('the access guard admits no anonymous caller here');
  return { principal: meta.principal, requestId: meta.requestId };
}
