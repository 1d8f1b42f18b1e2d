import type { AdapterDefinition } from './adapter-registry';

/**
 * Adapters a province adds without changing the platform's code elsewhere: typically a Samsat
 * adapter for its own Bapenda system, as a small package exporting one AdapterDefinition (see
 * the README, "Integrations"). Every app builds its registry from the built-in adapters and
 * these, so the API serves them and `mpp validate` and the admin API accept their names.
 */
export const PROVINCE_ADAPTERS: AdapterDefinition[] = [];
