import type { AdapterDefinition } from './adapter.types';

/**
 * Adapters a province adds without changing the platform's code elsewhere: typically a Samsat
 * adapter for its own Bapenda system, as a small package exporting one AdapterDefinition (see
 * the README, "Integrations"). Its factory may use `required` and `endpoint` from
 * `adapter.helpers.ts`, which import nothing of the registry, so there is no import cycle.
 * Every app builds its registry from the built-in adapters and these
 * (`adapter-registry.factory.ts`), so the API serves them and `mpp validate` and the admin
 * API accept their names.
 */
export const PROVINCE_ADAPTERS: AdapterDefinition[] = [];
