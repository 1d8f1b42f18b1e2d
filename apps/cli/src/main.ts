import 'reflect-metadata';

import { Command } from 'commander';

import { ConfigError, loadConfig } from '@mpp/platform';

import { loadCalendar, showCalendar } from './commands/calendar.command';
import { dbMigrate } from './commands/db-migrate.command';
import { exportRegion, initRegion } from './commands/export-init.command';
import { deployNationalCatalogue } from './commands/national-catalogue.command';
import { generateNationalDemo } from './commands/national-demo.command';
import { apply, plan } from './commands/plan-apply.command';
import { rebuildRollups } from './commands/rollups.command';
import { writeSchemas } from './commands/schema.command';
import { runSimulators } from './commands/simulators.command';
import { validate } from './commands/validate.command';

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

program
  .command('validate')
  .description('Check deployment files: every problem with its file, line and path; exit 0 when valid, 1 otherwise')
  .argument('<files...>', 'deployment files, e.g. deployments/kota-bogor.yaml')
  .action(async (files: string[]) => {
    process.exitCode = await validate(files, config(), out);
  });

program
  .command('plan')
  .description(
    'Show what apply would create, change, deactivate; for a national template file, every region its version would change and how; exit 0 when nothing would change, 2 when something would, 1 on errors',
  )
  .argument('<files...>', 'deployment files, or national template files (deployments/national/*.yaml)')
  .action(async (files: string[]) => {
    process.exitCode = await plan(files, config(), out);
  });

program
  .command('apply')
  .description('Make the database match the files, one transaction per region; a second apply changes nothing')
  .argument('<files...>', 'deployment files')
  .option('--if-absent', 'leave regions that are already deployed as they are (first start of the demo)')
  .action(async (files: string[], options: { ifAbsent?: boolean }) => {
    process.exitCode = await apply(files, options, config(), out);
  });

program
  .command('export')
  .description('Write the live configuration of a region back to YAML (to standard output, or --out FILE)')
  .argument('<region>', 'kabupaten/kota code, e.g. 32.71')
  .option('--out <file>', 'file to write')
  .action(async (region: string, options: { out?: string }) => {
    process.exitCode = await exportRegion(region, options.out, config(), out);
  });

program
  .command('init')
  .description('Write a starting deployment file for a new region from the national templates')
  .argument('<region>', 'kabupaten/kota code, e.g. 33.74')
  .option('--out <file>', 'file to write (refuses to overwrite)')
  .action(async (region: string, options: { out?: string }) => {
    process.exitCode = await initRegion(region, options.out, config(), out);
  });

program
  .command('national-catalogue')
  .description(
    'Deploy every kabupaten/kota from the national templates as init writes them, with placeholder addresses: a national-scale catalogue for benchmarks; regions already deployed stay as they are',
  )
  .option('--regions <count>', 'only the first COUNT regions in code order')
  .option(
    '--services-per-region <count>',
    'top each region up to COUNT services with variants of the template services (the templates hold 53), to measure a larger catalogue',
  )
  .action(async (options: { regions?: string; servicesPerRegion?: string }) => {
    process.exitCode = await deployNationalCatalogue(
      {
        regions: options.regions === undefined ? undefined : Number(options.regions),
        servicesPerRegion: options.servicesPerRegion === undefined ? undefined : Number(options.servicesPerRegion),
      },
      config(),
      out,
    );
  });

program
  .command('national-demo')
  .description(
    'A national demo: every kabupaten/kota deployed from the national templates at a rollout stage of its own, a year of stage history and of tickets, counted into the roll-ups',
  )
  .option('--tickets-per-day <count>', 'mean finished tickets per open day at an operational mall (real ones: 1,000-3,000)', '12')
  .option('--regions <count>', 'only the first COUNT regions in code order')
  .option('--until <day>', 'the last day with tickets (default yesterday, WIB)')
  .action(async (options: { ticketsPerDay: string; regions?: string; until?: string }) => {
    process.exitCode = await generateNationalDemo(
      {
        ticketsPerDay: Number(options.ticketsPerDay),
        regions: options.regions === undefined ? undefined : Number(options.regions),
        until: options.until,
      },
      config(),
      out,
    );
  });

const rollups = program.command('rollups').description('The daily roll-ups of finished tickets that the national dashboard reads');
rollups
  .command('rebuild')
  .description('Recompute the roll-ups from the tickets (all regions, or one); ticket moves wait while it runs')
  .option('--region <code>', 'only this kabupaten/kota, e.g. 32.71')
  .action(async (options: { region?: string }) => {
    process.exitCode = await rebuildRollups(options, config(), out);
  });

const calendar = program.command('calendar').description('The national holidays and cuti bersama, a year at a time');
calendar
  .command('load')
  .description('Load or correct the years a NationalCalendar file declares (e.g. deployments/national/holidays.yaml); other years stay')
  .argument('<file>', 'NationalCalendar file')
  .action(async (file: string) => {
    process.exitCode = await loadCalendar(file, config(), out);
  });
calendar
  .command('show')
  .description('List the loaded years with their status; warn when the next 90 days are not covered')
  .action(async () => {
    process.exitCode = await showCalendar(config(), out);
  });
program
  .command('schema')
  .description('Write the JSON Schemas of deployment files and agency templates to deployments/schema/')
  .action(() => writeSchemas(out));

program
  .command('simulators')
  .description('Serve the Dukcapil, OSS RBA and Samsat simulators on one local HTTP server until Ctrl-C')
  .option('--port <port>', 'port to listen on', '4010')
  .option('--host <host>', 'address to listen on', '127.0.0.1')
  .action((options: { port: string; host: string }) => runSimulators(options, out));

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`mpp: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
