import { type ArgumentMetadata, type ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';

import { ApiError, type FieldError } from './error-body';

/**
 * Whitelist, refuse unknown fields, transform to DTO classes; every bad field is listed.
 * `null` is refused in every body field unless its OpenAPI property says `nullable: true`:
 * class-validator's `@IsOptional()` lets null through, and code written for "absent or a
 * string" then fails on it. One rule for every DTO, read from the documentation clients see.
 */
export function createValidationPipe(): ValidationPipe {
  rememberValidationMetadata();
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

/** Each DTO class's documented properties, read from its metadata once (decorators run when the class is defined). */
const documented = new WeakMap<DtoClass, { name: string; property: DocumentedProperty }[]>();

function documentedProperties(dto: DtoClass): { name: string; property: DocumentedProperty }[] {
  let properties = documented.get(dto);
  if (!properties) {
    properties = ((Reflect.getMetadata(SWAGGER_PROPERTIES, dto.prototype) as string[] | undefined) ?? []).map((documentedName) => {
      const name = documentedName.replace(/^:/, '');
      return { name, property: (Reflect.getMetadata(SWAGGER_PROPERTY, dto.prototype, name) as DocumentedProperty | undefined) ?? {} };
    });
    documented.set(dto, properties);
  }
  return properties;
}

/** Fields that are null where the DTO class does not document null, nested DTOs included. */
export function nullFieldErrors(value: unknown, dto: DtoClass, parent = '', depth = 0): FieldError[] {
  if (typeof value !== 'object' || value === null || depth > 16) return [];
  const errors: FieldError[] = [];
  for (const { name, property } of documentedProperties(dto)) {
    if (!(name in value)) continue;
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

/** One of class-validator's rules, as this wrapper passes it along (never read here). */
type ValidationMetadata = object;

type MetadataLookup = (target: object, schema: string, always: boolean, strictGroups: boolean, groups?: string[]) => ValidationMetadata[];

/**
 * class-validator looks up a class's rules on every validation by walking the rules of every
 * class it knows (hundreds here) to find inherited ones: a tenth of a ticket's CPU. The rules
 * of a class are fixed once its module is loaded, so each lookup is kept, and all are dropped
 * whenever a rule is added (a class defined later).
 */
function rememberValidationMetadata(): void {
  const storage = getMetadataStorage() as unknown as {
    getTargetValidationMetadatas: MetadataLookup & { remembered?: true };
    addValidationMetadata: (metadata: ValidationMetadata) => void;
  };
  if (storage.getTargetValidationMetadatas.remembered) return;
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  const known = new Map<object, Map<string, ValidationMetadata[]>>();
  const remembered: MetadataLookup & { remembered?: true } = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}|${always}|${strictGroups}|${groups?.join(',') ?? ''}`;
    let forTarget = known.get(target);
    if (!forTarget) known.set(target, (forTarget = new Map()));
    let metadatas = forTarget.get(key);
    if (!metadatas) forTarget.set(key, (metadatas = lookup(target, schema, always, strictGroups, groups)));
    return metadatas;
  };
  remembered.remembered = true;
  storage.getTargetValidationMetadatas = remembered;
  storage.addValidationMetadata = (metadata) => {
    known.clear();
    add(metadata);
  };
}
