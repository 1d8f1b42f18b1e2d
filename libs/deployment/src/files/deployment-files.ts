// The one part of this library that touches the file system: reading deployment files and
// templates for the CLI and the admin app. Everything else works on text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { findInvalidUtf8 } from '@mpp/domain';

import { validateAgencyTemplate, validateNationalCalendar } from '../parse/validate-deployment';
import type { DeploymentProblem, SourceFile } from '../parse/yaml-source';
import type { AgencyTemplate, NationalCalendar } from '../schema/deployment.schema';

/** The national templates' folder inside the deployments folder (MPP_DEPLOYMENTS_DIR). */
export function nationalTemplatesDir(deploymentsDir: string): string {
  return path.join(deploymentsDir, 'national');
}

export function readSource(file: string): SourceFile {
  try {
    const bytes = readFileSync(file);
    return { file, text: bytes.toString('utf8'), invalidUtf8: findInvalidUtf8(bytes) };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new Error(`cannot read ${file}: ${reason}`);
  }
}

/** Every national template, checked; a broken template is reported like a broken deployment file. */
export function loadTemplates(deploymentsDir: string): { templates: Map<string, AgencyTemplate>; problems: DeploymentProblem[] } {
  const templates = new Map<string, AgencyTemplate>();
  const problems: DeploymentProblem[] = [];
  const dir = nationalTemplatesDir(deploymentsDir);
  for (const name of readdirSync(dir)
    .filter((file) => file !== NATIONAL_CALENDAR_FILE)
    .filter((file) => file.endsWith('.yaml'))
    .sort()) {
    const result = validateAgencyTemplate(readSource(path.join(dir, name)));
    if (result.value) templates.set(result.value.code, result.value);
    problems.push(...result.problems);
  }
  return { templates, problems };
}

export const NATIONAL_CALENDAR_FILE = 'holidays.yaml';

/** The national holidays and cuti bersama, checked. */
export function loadNationalCalendar(deploymentsDir: string): { calendar?: NationalCalendar; problems: DeploymentProblem[] } {
  const result = validateNationalCalendar(readSource(path.join(nationalTemplatesDir(deploymentsDir), NATIONAL_CALENDAR_FILE)));
  return { calendar: result.value, problems: result.problems };
}

/** `file:line:column CODE path: message`, the form editors and CI logs link to. */
export function formatProblem(problem: DeploymentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
  return `${where} ${problem.code} ${problem.path ? `${problem.path}: ` : ''}${problem.message}`;
}
