import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import type { ErrorCode } from '@mpp/domain';

export interface FieldError {
  path: string;
  message: string;
  /**
   * The same problem in Bahasa Indonesia, when the raiser knows it; otherwise the error filter
   * translates `message` (class-validator's phrasings) or falls back to the code's message.
   * Never sent as such: the body carries one `message` in the caller's language.
   */
  indonesian?: string;
}

/** The one shape every error of both apps takes, so an integrator writes one handler. */
export interface ErrorBody {
  status: number;
  code: string;
  message: string;
  errors?: FieldError[];
  requestId?: string;
}

export class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'pageSize', description: 'The offending field: a dotted path in the body, or a query or path parameter' })
  path!: string;

  @ApiProperty({ example: 'pageSize must not be greater than 100' })
  message!: string;
}

export class ErrorResponseDto implements ErrorBody {
  @ApiProperty({ example: 400, description: 'The HTTP status, repeated for clients that lose it' })
  status!: number;

  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable, machine-readable error code' })
  code!: string;

  @ApiProperty({ example: 'The request has invalid fields' })
  message!: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({ example: '5f0c6a8e-3f5e-4c59-9d1a-0b9f1f6f2a11', description: 'Quote it when asking for support' })
  requestId?: string;
}

/** An error raised by the application layer with its HTTP status chosen on purpose. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
    /** Sent as Retry-After (seconds) with the error: rate limits, external systems that are down. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
