import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';

/**
 * A request field holding one object of a DTO class. `@ValidateNested()` alone lets an array
 * or a primitive through (class-transformer maps `[]` to an empty array, which has no
 * properties to fail), and the handler then reads fields of a non-object: a 500. Pairing it with
 * `@IsObject()` answers 400 naming the field, which the malformed-request generator checks.
 */
export function NestedObject(dto: () => new (...args: never[]) => object): PropertyDecorator {
  return applyDecorators(IsObject(), ValidateNested(), Type(dto));
}
