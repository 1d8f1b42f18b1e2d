import { validateDeployment } from '@mpp/deployment';
import { RegionCode } from '@mpp/domain';
import { dataSourceOptions, RegionsRepository } from '@mpp/persistence';
import { type AppConfig, databaseSettings } from '@mpp/platform';
import { DataSource } from 'typeorm';
import { openCliDatabase } from '../database-connection';
import { formatProblem, loadTemplates, readSource } from '../deployment-files';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;

/** `mpp validate FILE...`: every problem of every file, with its line; exit 1 if any. */
export async function validate(files: string[], config: AppConfig, out: (line: string) => void): Promise<number> {
  const { templates, problems: templateProblems } = loadTemplates();
  templateProblems.forEach((problem) => out(formatProblem(problem)));
  const database = await openCliDatabase(config);
  const dataSource = await new DataSource(dataSourceOptions({ ...databaseSettings(database.context), poolSize: 2 })).initialize();
  try {
    const regions = new RegionsRepository(dataSource);
    let failed = templateProblems.length > 0;
    for (const file of files) {
      const result = await validateDeployment(readSource(file), {
        templates,
        regionExists: async (code) => RegionCode.isValid(code) && (await regions.findByCode(RegionCode.parse(code))) !== undefined,
      });
      result.problems.forEach((problem) => out(formatProblem(problem)));
      out(
        result.value
          ? `${file}: valid (${result.value.agencies.length} agencies, ${result.value.agencies.reduce((sum, agency) => sum + agency.services.length, 0)} services)`
          : `${file}: ${result.problems.length} problem(s)`,
      );
      failed ||= !result.value;
    }
    return failed ? EXIT_ERRORS : EXIT_OK;
  } finally {
    await dataSource.destroy();
    await database.close();
  }
}
