import { type ArgumentMetadata, type ValidationError, ValidationPipe } from '@nestjs/common';

import { ApiError, type FieldError } from './error-body';

/**
 * Whitelist, refuse unknown fields, transform to DTO classes; every bad field is listed.
 * `null` is refused in every body field unless its OpenAPI property says `nullable: true`:
 * class-validator's `@IsOptional()` lets null through, and code written for "absent or a
 * string" then fails on it. One rule for every DTO, read from the documentation clients see.
 */
export function createValidationPipe(): ValidationPipe {
  return new NullRefusingValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new ApiError(400, 'VALIDATION_FAILED', 'The request has invalid fields', flattenValidationErrors(errors)),
  });
}

class NullRefusingValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && typeof metadata.metatype === 'function') {
      const errors = nullFieldErrors(value, metadata.metatype);
      if (errors.length > 0) throw new ApiError(400, 'VALIDATION_FAILED', 'The request has invalid fields', errors);
    }
    return super.transform(value, metadata);
  }
}

const SWAGGER_PROPERTIES = 'swagger/apiModelPropertiesArray';
const SWAGGER_PROPERTY = 'swagger/apiModelProperties';

/** A DTO class, as far as this check needs one: something whose prototype carries swagger metadata. */
type DtoClass = { prototype: object };

interface DocumentedProperty {
  nullable?: boolean;
  type?: unknown;
}

/** Fields that are null where the DTO class does not document null, nested DTOs included. */
export function nullFieldErrors(value: unknown, dto: DtoClass, parent = '', depth = 0): FieldError[] {
  if (typeof value !== 'object' || value === null || depth > 16) return [];
  const names = ((Reflect.getMetadata(SWAGGER_PROPERTIES, dto.prototype) as string[] | undefined) ?? []).map((name) =>
    name.replace(/^:/, ''),
  );
  const errors: FieldError[] = [];
  for (const name of names) {
    if (!(name in value)) continue;
    const property = (Reflect.getMetadata(SWAGGER_PROPERTY, dto.prototype, name) as DocumentedProperty | undefined) ?? {};
    const field = (value as Record<string, unknown>)[name];
    const path = parent ? `${parent}.${name}` : name;
    if (field === null) {
      if (!property.nullable) errors.push({ path, message: `${path} must not be null` });
      continue;
    }
    const nested = nestedDto(property.type);
    if (!nested) continue;
    if (Array.isArray(field)) {
      field.forEach((item, index) => {
        if (item === null) errors.push({ path: `${path}[${index}]`, message: `${path}[${index}] must not be null` });
        else errors.push(...nullFieldErrors(item, nested, `${path}[${index}]`, depth + 1));
      });
    } else {
      errors.push(...nullFieldErrors(field, nested, path, depth + 1));
    }
  }
  return errors;
}

/** The DTO class of a property, if it is one: `type: Foo`, `type: [Foo]` or `type: () => Foo`. */
function nestedDto(type: unknown): DtoClass | undefined {
  const candidate = Array.isArray(type) ? type[0] : type;
  if (typeof candidate !== 'function' || [String, Number, Boolean, Date, Object, Array].includes(candidate as never)) return undefined;
  if (isDocumentedDto(candidate)) return candidate;
  // A lazy `() => Foo` (an arrow function, without a prototype) names the class when called.
  if (!('prototype' in candidate) || candidate.prototype === undefined) {
    const resolved: unknown = (candidate as () => unknown)();
    return isDocumentedDto(resolved) ? resolved : undefined;
  }
  return undefined;
}

function isDocumentedDto(value: unknown): value is DtoClass {
  return (
    typeof value === 'function' && value.prototype !== undefined && Reflect.getMetadata(SWAGGER_PROPERTIES, value.prototype) !== undefined
  );
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = parent ? (/^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`) : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}
