import { applyDecorators } from '@nestjs/common';
import { IsString, Matches } from 'class-validator';

/** The codes a deployment file gives sites, agencies, counters and services. */
export const DEPLOYMENT_CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** A request field holding such a code (or, with `each`, a list of them), refused with the field's name. */
export function IsDeploymentCode(options: { each?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    IsString({ each: options.each }),
    Matches(DEPLOYMENT_CODE, {
      each: options.each,
      message: ({ property }) => `${property} must be 1 to 40 lowercase letters, digits and dashes, e.g. "disdukcapil"`,
    }),
  );
}
