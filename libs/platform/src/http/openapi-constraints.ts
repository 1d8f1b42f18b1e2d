import type { OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';

/** A DTO class, as class-validator keys its metadata. */
export type DtoClass = abstract new (...args: never[]) => unknown;

export type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; items?: Schema; type?: unknown };
interface ValidationMetadata {
  name?: string;
  type: string;
  propertyName: string;
  constraints?: unknown[];
  each?: boolean;
}

/**
 * Writes into each request schema what class-validator enforces on it (lengths, patterns,
 * formats, allowed values, bounds, list sizes), so the document states the limits the API
 * really applies, from the one place they are declared: the DTO's validation decorators.
 * A constraint the property's own `@ApiProperty` states already is left as it is.
 */
export function applyValidationConstraints(document: OpenAPIObject, bodyClasses: Iterable<DtoClass> = []): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  // Body classes too: one that only extends another (TransferTicketDto) has no validators of its own.
  for (const target of new Set([...storage().validationMetadatas.keys(), ...bodyClasses])) {
    const schema = schemas[target.name];
    if (!schema?.properties) continue;
    for (const metadata of inherited(target)) {
      const property = schema.properties[metadata.propertyName];
      if (!property) continue;
      const subject = metadata.each && property.items ? property.items : property;
      constrain(subject, metadata, metadata.each ? property : undefined);
    }
  }
}

/** The constraints the validators of `target` (a DTO class) put on one of its properties, as schema keywords. */
export function constraintsOf(target: DtoClass, propertyName: string): Schema {
  const schema: Schema = {};
  for (const metadata of inherited(target)) if (metadata.propertyName === propertyName && !metadata.each) constrain(schema, metadata);
  return schema;
}

function storage(): { validationMetadatas: Map<DtoClass, ValidationMetadata[]> } {
  return getMetadataStorage() as unknown as { validationMetadatas: Map<DtoClass, ValidationMetadata[]> };
}

/** A class's own validators and those of the classes it extends (TakeTicketDto extends ServiceRefDto). */
function inherited(target: DtoClass): ValidationMetadata[] {
  const all: ValidationMetadata[] = [];
  for (
    let current: DtoClass | null = target;
    current && (current as unknown) !== Function.prototype;
    current = Object.getPrototypeOf(current)
  ) {
    all.push(...(storage().validationMetadatas.get(current) ?? []));
  }
  return all;
}

function constrain(schema: Schema, metadata: ValidationMetadata, list?: Schema): void {
  const [first, second] = metadata.constraints ?? [];
  const set = (key: string, value: unknown) => {
    if (value !== undefined && schema[key] === undefined) schema[key] = value;
  };
  switch (metadata.name ?? metadata.type) {
    case 'maxLength':
      return set('maxLength', first);
    case 'minLength':
      return set('minLength', first);
    case 'isLength':
      set('minLength', first);
      return set('maxLength', second);
    case 'matches': {
      const pattern = first instanceof RegExp ? first : undefined;
      if (!pattern) return;
      set('pattern', pattern.source);
      return set('maxLength', boundedLength(pattern.source));
    }
    case 'isIn':
      return set('enum', first);
    case 'isUuid':
      set('format', 'uuid');
      return set('maxLength', 36);
    case 'isEmail':
      set('format', 'email');
      return set('maxLength', 254);
    case 'isIso8601':
    case 'isDateString':
      // A date or an instant: the property's pattern (if any) says which.
      return set('maxLength', 35);
    case 'min':
      return set('minimum', first);
    case 'max':
      return set('maximum', first);
    case 'isInt':
      return set('format', 'int32');
    case 'arrayMaxSize':
      if (list) return;
      return set('maxItems', first);
    case 'arrayMinSize':
      if (list) return;
      return set('minItems', first);
  }
}

/**
 * The longest text an anchored pattern made of bounded parts accepts (`^[a-z0-9][a-z0-9-]{0,39}$`
 * → 40), or undefined when any part is unbounded or the pattern is not that simple.
 */
export function boundedLength(source: string): number | undefined {
  if (!source.startsWith('^') || !source.endsWith('$') || source.includes('|')) return undefined;
  const body = source.slice(1, -1).replace(/[()]/g, '');
  const atom = /(\\.|\[(?:\\.|[^\]])*\]|[^\\[{}?*+])(\{(\d+)(?:,(\d*))?\}|[?*+])?/gy;
  let total = 0;
  let consumed = 0;
  for (let match = atom.exec(body); match; match = atom.exec(body)) {
    consumed = atom.lastIndex;
    const quantifier = match[2];
    if (!quantifier) total += 1;
    else if (quantifier === '?') total += 1;
    else if (quantifier === '*' || quantifier === '+') return undefined;
    else if (match[4] === '') return undefined;
    else total += Number(match[4] ?? match[3]);
  }
  return consumed === body.length ? total : undefined;
}
