import { z } from 'zod';

import { agencyTemplateSchema, nationalCalendarSchema, regionDeploymentSchema } from './deployment.schema';

/** JSON Schemas of the two file kinds, for editors (yaml-language-server) and other tools. */
export function deploymentJsonSchemas(): Record<'region-deployment' | 'agency-template' | 'national-calendar', unknown> {
  const options = { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' } as const;
  return {
    'region-deployment': { title: 'MPP region deployment (mpp.go.id/v1)', ...z.toJSONSchema(regionDeploymentSchema, options) },
    'agency-template': { title: 'MPP national agency template (mpp.go.id/v1)', ...z.toJSONSchema(agencyTemplateSchema, options) },
    'national-calendar': {
      title: 'MPP national holidays and cuti bersama (mpp.go.id/v1)',
      ...z.toJSONSchema(nationalCalendarSchema, options),
    },
  };
}
