import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';

import { InvalidValueError } from '@mpp/domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An id in the path is a UUID: `@Param('id', ParseIdPipe) id: string`. Nest's ParseUUIDPipe
 * answers in its own words; this one answers our error body (VALIDATION_FAILED naming the
 * parameter), and refuses before a malformed id reaches PostgreSQL's uuid type.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    const name = metadata.data ?? 'id';
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw new InvalidValueError('VALIDATION_FAILED', `${name} must be a UUID`, name, `${name} harus UUID`);
    }
    return value;
  }
}
