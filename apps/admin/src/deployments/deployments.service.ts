import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';

import {
  type AgencyTemplate,
  type DeploymentPlan,
  loadTemplates,
  problemFieldError,
  type RegionDeployment,
  summarize,
  validateAgencyTemplate,
} from '@mpp/deployment';
import { actorOf, canReachRecord, ForbiddenError, InvalidDocumentError, type Principal } from '@mpp/domain';
import { createAdapterRegistry } from '@mpp/integrations';
import { DeploymentRollout } from '@mpp/persistence';
import { type ActingRequest, APP_CONFIG, type AppConfig } from '@mpp/platform';

import type { PlanDto, ValidationDto } from './deployments.dto';
import type { TemplateDriftDto } from './template-plan.dto';

/** A file may name only adapters the platform has (built-in and the provinces’ own), each for its own system. */
const ADAPTERS = createAdapterRegistry().systems();

/** validate, plan and apply through the admin API: the same checks and transaction as the CLI. */
@Injectable()
export class DeploymentsService implements OnModuleInit {
  private templates = new Map<string, AgencyTemplate>();

  constructor(
    private readonly rollout: DeploymentRollout,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The national templates are read once at start; a broken template stops the start. */
  onModuleInit(): void {
    const { templates, problems } = loadTemplates(this.config.deploymentsDir);
    if (problems.length > 0)
      throw new Error(
        `national templates are invalid: ${problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`).join('; ')}`,
      );
    this.templates = templates;
  }

  /** The national templates as read at start: the console's export and new-region files start from them. */
  get nationalTemplates(): ReadonlyMap<string, AgencyTemplate> {
    return this.templates;
  }

  async validate(content: string, request: ActingRequest): Promise<ValidationDto> {
    const deployment = await this.check(content, request.principal);
    return {
      regionCode: deployment.region.code,
      agencies: deployment.agencies.length,
      services: deployment.agencies.reduce((sum, agency) => sum + agency.services.length, 0),
    };
  }

  async plan(content: string, request: ActingRequest): Promise<PlanDto> {
    return planDto(await this.rollout.plan(await this.check(content, request.principal)));
  }

  async apply(content: string, request: ActingRequest, sourceFile?: string): Promise<PlanDto> {
    const principal = request.principal;
    const deployment = await this.check(content, principal);
    return planDto(await this.rollout.apply(deployment, { actor: actorOf(principal), requestId: request.requestId, sourceFile }));
  }

  /** What a new version of a national template would change in every region using it (national admins only). */
  async planTemplate(content: string): Promise<TemplateDriftDto> {
    const result = validateAgencyTemplate({ file: 'upload.yaml', text: content });
    if (!result.value) {
      throw new InvalidDocumentError(
        'TEMPLATE_INVALID',
        `The template file has ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`,
        result.problems.map(problemFieldError),
      );
    }
    return this.rollout.planTemplate(result.value);
  }

  /** Every problem at once, each with its line; then the region must be one the caller may act on. */
  private async check(content: string, principal: Principal): Promise<RegionDeployment> {
    const result = await this.rollout.validate({ file: 'upload.yaml', text: content }, { templates: this.templates, adapters: ADAPTERS });
    if (!result.value) {
      throw new InvalidDocumentError(
        'DEPLOYMENT_INVALID',
        `The deployment file has ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`,
        result.problems.map(problemFieldError),
      );
    }
    if (!canReachRecord(principal, { regionCode: result.value.region.code })) {
      throw new ForbiddenError('OUT_OF_SCOPE', 'This deployment is for a region you may not act on');
    }
    return result.value;
  }
}

function planDto(plan: DeploymentPlan): PlanDto {
  return { regionCode: plan.regionCode, changes: plan.changes, summary: summarize(plan) };
}
