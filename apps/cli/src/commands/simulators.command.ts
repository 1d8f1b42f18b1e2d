import { SIMULATED_BUSINESSES, SIMULATED_PEOPLE, SIMULATED_VEHICLES, startSimulatorServer } from '@mpp/integrations';

/**
 * `mpp simulators`: Dukcapil, OSS RBA and Samsat simulators on one local HTTP server, until
 * Ctrl-C. Point the API at it with INTEGRATIONS_SIMULATOR_URL; make it misbehave with
 * `curl -X POST URL/__simulator/fault -d '{"mode":"slow","delayMs":5000}'`.
 */
export async function runSimulators(options: { port: string; host: string }, out: (line: string) => void): Promise<void> {
  const server = await startSimulatorServer({ port: Number(options.port), host: options.host });
  out(`simulators listening at ${server.url}  (INTEGRATIONS_SIMULATOR_URL=${server.url})`);
  out(`  Dukcapil NIKs: ${SIMULATED_PEOPLE.map((person) => person.NIK).join(', ')}`);
  out(`  OSS NIBs:      ${SIMULATED_BUSINESSES.map((business) => business.nib).join(', ')}`);
  out(`  Samsat plates: ${Object.keys(SIMULATED_VEHICLES).join(', ')}`);
  out(
    `  faults:        POST ${server.url}/__simulator/fault {"mode":"none|slow|failing|down","delayMs":5000,"system":"dukcapil|oss|samsat"}`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
