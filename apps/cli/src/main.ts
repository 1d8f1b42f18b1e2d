import 'reflect-metadata';
import { ConfigError, loadConfig } from '@mpp/platform';
import { Command } from 'commander';
import { dbMigrate } from './commands/db-migrate.command';

const out = (line: string) => process.stdout.write(`${line}\n`);

function config() {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

const program = new Command('mpp').description('MPP Platform command-line tool (run it as: npm run mpp -- COMMAND)');
const db = program.command('db').description('Database schema and reference data');
db.command('migrate')
  .description('Apply pending migrations and load the regions reference data (what the apps do on start)')
  .action(() => dbMigrate(config(), out));

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`mpp: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
