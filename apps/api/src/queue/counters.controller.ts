import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';

import { type ActingRequest, CurrentActingRequest, ErrorResponseDto, RestrictedAccess } from '@mpp/platform';

import { type CounterAt, CounterRef } from './counter-ref.decorator';
import { CounterStateDto } from './counter-state.dto';
import { CountersService } from './counters.service';
import { CallTicketDto, OpenCounterDto, TransferTicketDto } from './queue.dto';

/** Counter actions belong to the officers and supervisors of the counter's agency (checked per agency in the service). */
const COUNTER_ACCESS = { roles: ['counter_officer', 'agency_supervisor'] as const, region: { in: 'param' as const, name: 'code' } };

@ApiTags('counters')
// Listed last to first: class decorators apply bottom-up, and the document keeps the path's order.
@ApiParam({ name: 'counterCode', type: String, example: 'loket-1' })
@ApiParam({ name: 'agencyCode', type: String, example: 'disdukcapil' })
@ApiParam({ name: 'code', type: String, example: '32.71', description: 'Kabupaten/kota code' })
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
  state(@CounterRef() counter: CounterAt, @CurrentActingRequest() acting: ActingRequest) {
    return this.counters.state(counter, acting);
  }

  @Post('open')
  @HttpCode(200)
  @ApiOperation({ summary: 'Open the counter at a site, with the officer signed in, for some or all of the agency’s services' })
  @ApiOkResponse({ type: CounterStateDto })
  open(@CounterRef() counter: CounterAt, @Body() body: OpenCounterDto, @CurrentActingRequest() acting: ActingRequest) {
    return this.counters.open(counter, body, acting);
  }

  @Post('close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the counter (nothing may be called or in service at it)' })
  @ApiOkResponse({ type: CounterStateDto })
  close(@CounterRef() counter: CounterAt, @CurrentActingRequest() acting: ActingRequest) {
    return this.counters.close(counter, acting);
  }

  @Post('call-next')
  @HttpCode(200)
  @ApiOperation({ summary: 'Call the next ticket by each service’s call order; two counters calling at once get different tickets' })
  @ApiOkResponse({ type: CounterStateDto })
  callNext(@CounterRef() counter: CounterAt, @CurrentActingRequest() acting: ActingRequest) {
    return this.counters.callNext(counter, acting);
  }

  @Post('call')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Call one ticket by number: one this counter held, or a waiting one out of turn (supervisors; audited)',
    description: 'An officer calling a waiting ticket out of turn is refused with 403 CALL_OUT_OF_TURN_NEEDS_SUPERVISOR.',
  })
  @ApiOkResponse({ type: CounterStateDto })
  call(@CounterRef() counter: CounterAt, @Body() body: CallTicketDto, @CurrentActingRequest() acting: ActingRequest) {
    return this.counters.callNumber(counter, body.ticketNumber, acting);
  }

  @Post('recall')
  @HttpCode(200)
  @ApiOperation({ summary: 'Call the current ticket again (board and sound)' })
  @ApiOkResponse({ type: CounterStateDto })
  recall(@CounterRef() counter: CounterAt, @CurrentActingRequest() acting: ActingRequest) {
    return this.counters.recall(counter, acting);
  }

  @Post('start')
  @HttpCode(200)
  @ApiOperation({ summary: 'The visitor arrived: start serving the called ticket' })
  @ApiOkResponse({ type: CounterStateDto })
  start(@CounterRef() counter: CounterAt, @CurrentActingRequest() acting: ActingRequest) {
    return this.counters.start(counter, acting);
  }

  @Post('hold')
  @HttpCode(200)
  @ApiOperation({ summary: 'Set the current ticket aside (a missing document); call it again later by number' })
  @ApiOkResponse({ type: CounterStateDto })
  hold(@CounterRef() counter: CounterAt, @CurrentActingRequest() acting: ActingRequest) {
    return this.counters.hold(counter, acting);
  }

  @Post('skip')
  @HttpCode(200)
  @ApiOperation({ summary: 'The called visitor did not come: mark a no-show' })
  @ApiOkResponse({ type: CounterStateDto })
  skip(@CounterRef() counter: CounterAt, @CurrentActingRequest() acting: ActingRequest) {
    return this.counters.skip(counter, acting);
  }

  @Post('transfer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the current ticket to another service or agency at this site; it keeps its arrival time' })
  @ApiOkResponse({ type: CounterStateDto })
  transfer(@CounterRef() counter: CounterAt, @Body() body: TransferTicketDto, @CurrentActingRequest() acting: ActingRequest) {
    return this.counters.transfer(counter, body, acting);
  }

  @Post('finish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Service done' })
  @ApiOkResponse({ type: CounterStateDto })
  finish(@CounterRef() counter: CounterAt, @CurrentActingRequest() acting: ActingRequest) {
    return this.counters.finish(counter, acting);
  }
}
