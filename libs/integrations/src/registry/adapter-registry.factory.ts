import type { AdapterDefinition } from './adapter.types';
import { AdapterRegistry } from './adapter-registry';
import { BUILT_IN_ADAPTERS } from './built-in.adapters';
import { PROVINCE_ADAPTERS } from './province-adapters';

/** The registry with the built-in adapters and those the provinces add (`province-adapters.ts`). */
export function createAdapterRegistry(extra: AdapterDefinition[] = PROVINCE_ADAPTERS): AdapterRegistry {
  return new AdapterRegistry([...BUILT_IN_ADAPTERS, ...extra]);
}
