/**
 * The external systems a region reaches, each through the one adapter its deployment file names
 * under `integrations:`: the deployment schema checks the keys and the integrations registry
 * types its ports by them, from this one list.
 */
export const INTEGRATION_SYSTEMS = ['population', 'licensing', 'vehicleTax', 'complaints'] as const;

export type IntegrationSystem = (typeof INTEGRATION_SYSTEMS)[number];
