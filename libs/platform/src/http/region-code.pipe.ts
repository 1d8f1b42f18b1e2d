import { type ArgumentMetadata, Injectable, Param, type PipeTransform } from '@nestjs/common';

import { RegionCode } from '@mpp/domain';

/**
 * Parses a kabupaten/kota code once, at the edge. A malformed code answers 400
 * REGION_CODE_INVALID naming the parameter as the client sent it, whichever service the
 * request goes on to; services receive a `RegionCode` and trust it.
 */
@Injectable()
export class ParseRegionCodePipe implements PipeTransform<unknown, RegionCode> {
  transform(value: unknown, metadata: ArgumentMetadata): RegionCode {
    return RegionCode.parse(typeof value === 'string' ? value : '', metadata.data ?? 'code');
  }
}

/**
 * `@RegionParam() code: RegionCode`: the path parameter `code` (or the one named), parsed.
 * The parameter stays a string to everything that reads the method's types (the OpenAPI
 * document, the global ValidationPipe): it is one on the wire, and only becomes a RegionCode here.
 */
export function RegionParam(name = 'code'): ParameterDecorator {
  return (target, key, index) => {
    Param(name, ParseRegionCodePipe)(target, key, index);
    if (key === undefined) return;
    const types = Reflect.getMetadata('design:paramtypes', target, key) as unknown[] | undefined;
    if (!types) return;
    const asSent = [...types];
    asSent[index] = String;
    Reflect.defineMetadata('design:paramtypes', asSent, target, key);
  };
}
