import { Controller, Get, type MessageEvent, Param, Sse } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Observable } from 'rxjs';

import { RegionCode } from '@mpp/domain';
import { DeviceAccess, ErrorResponseDto, RegionParam } from '@mpp/platform';

import { BoardDto } from './board.dto';
import { LiveStreams } from './live/live-streams.service';

const BOARD_ACCESS = {
  devices: ['board'] as const,
  region: { in: 'param' as const, name: 'code' },
  site: { in: 'param' as const, name: 'siteCode' },
};

@ApiTags('queue')
@ApiParam({ name: 'code', example: '32.71', description: 'Kabupaten/kota code' })
@ApiParam({ name: 'siteCode', example: 'mpp-kota-bogor' })
@ApiNotFoundResponse({ type: ErrorResponseDto, description: 'DEPLOYMENT_NOT_FOUND or SITE_NOT_FOUND' })
@Controller('v1/regions/:code/sites/:siteCode/board')
export class BoardController {
  constructor(private readonly streams: LiveStreams) {}

  @Get()
  @DeviceAccess(BOARD_ACCESS)
  @ApiOperation({ summary: 'What a mall’s board shows now: each open counter’s ticket, and who waits per service' })
  @ApiOkResponse({ type: BoardDto })
  snapshot(@RegionParam() code: RegionCode, @Param('siteCode') siteCode: string): Promise<BoardDto> {
    return this.streams.boardSnapshot(code, siteCode);
  }

  @Sse('events')
  @DeviceAccess(BOARD_ACCESS)
  @ApiOperation({
    summary: 'Server-sent events for a mall’s board: a `board` snapshot first, then `called`, `counter` and `line` events as they happen',
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'An event stream' })
  events(@RegionParam() code: RegionCode, @Param('siteCode') siteCode: string): Promise<Observable<MessageEvent>> {
    return this.streams.board(code, siteCode);
  }
}
