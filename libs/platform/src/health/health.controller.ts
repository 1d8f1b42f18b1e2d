import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, type HealthCheckResult, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { PublicAccess } from '../access/access.decorators';
import { ApiError, ErrorResponseDto } from '../errors/error-body';

@ApiTags('health')
@PublicAccess('Load balancers and orchestrators probe health without credentials')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers (no dependency checked)' })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: the database answers within 1.5 s' })
  @ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: 'A dependency is down (code NOT_READY)' })
  async ready(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([() => this.database.pingCheck('database', { timeout: 1_500 })]);
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
}
