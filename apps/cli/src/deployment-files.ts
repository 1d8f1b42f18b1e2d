import { type AgencyTemplate, type DeploymentProblem, type SourceFile, validateAgencyTemplate } from '@mpp/deployment';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the national templates live, relative to the working directory (the repository). */
export const NATIONAL_TEMPLATES_DIR = path.join('deployments', 'national');

export function readSource(file: string): SourceFile {
  return { file, text: readFileSync(file, 'utf8') };
}

/** Every national template, checked; a broken template is reported like a broken deployment file. */
export function loadTemplates(dir = NATIONAL_TEMPLATES_DIR): { templates: Map<string, AgencyTemplate>; problems: DeploymentProblem[] } {
  const templates = new Map<string, AgencyTemplate>();
  const problems: DeploymentProblem[] = [];
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()) {
    const result = validateAgencyTemplate(readSource(path.join(dir, name)));
    if (result.value) templates.set(result.value.code, result.value);
    problems.push(...result.problems);
  }
  return { templates, problems };
}

/** `file:line:column CODE path: message`, the form editors and CI logs link to. */
export function formatProblem(problem: DeploymentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
  return `${where} ${problem.code} ${problem.path ? `${problem.path}: ` : ''}${problem.message}`;
}
