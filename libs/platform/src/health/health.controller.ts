import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { type HealthCheckResult, HealthCheckService, type HealthIndicatorResult, TypeOrmHealthIndicator } from '@nestjs/terminus';

import { NationalCalendarRepository } from '@mpp/persistence';

import { PublicAccess } from '../access/access.decorators';
import { AcceptLanguage } from '../access/request-context';
import { calendarWarning, todayInWib } from '../errors/calendar-warning';
import { ApiError, ErrorResponseDto } from '../errors/error-body';
import { preferredLanguage } from '../errors/error-messages';

@ApiTags('health')
@PublicAccess('Load balancers and orchestrators probe health without credentials')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly nationalCalendar: NationalCalendarRepository,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers (no dependency checked)' })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({
    summary: 'Readiness: the database answers within 1.5 s',
    description:
      'details.nationalCalendar carries a warning (NATIONAL_CALENDAR_NOT_COVERED) when the national holidays of the next 90 days are not loaded; readiness stays up',
  })
  @ApiOkResponse({ description: 'The database answers', schema: { example: { status: 'ok', info: { database: { status: 'up' } } } } })
  @ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: 'A dependency is down (code NOT_READY)' })
  async ready(@AcceptLanguage() acceptLanguage?: string): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.database.pingCheck('database', { timeout: 1_500 }),
        () => this.calendarCheck(acceptLanguage),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const result = error.getResponse() as Partial<HealthCheckResult>;
      const down = Object.entries(result.error ?? {}).map(([path, detail]) => ({
        path,
        message: String((detail as { message?: unknown }).message ?? 'down'),
      }));
      throw new ApiError(503, 'NOT_READY', 'A dependency of this service is not available', down);
    }
  }

  /** Always up: a calendar running out is a warning for the ministry, not a reason to take the app out of rotation. */
  private async calendarCheck(acceptLanguage: string | undefined): Promise<HealthIndicatorResult> {
    try {
      const gap = await this.nationalCalendar.gap(todayInWib());
      return { nationalCalendar: { status: 'up', ...(gap && { warning: calendarWarning(gap, preferredLanguage(acceptLanguage)) }) } };
    } catch {
      // The database check reports the outage; this check only has nothing to say then.
      return { nationalCalendar: { status: 'up' } };
    }
  }
}
