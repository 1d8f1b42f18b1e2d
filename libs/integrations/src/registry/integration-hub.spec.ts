import { Nib, Nik, PlateNumber } from '@mpp/domain';

import { IntegrationError } from '../errors/integration-error';
import { type SimulatorServer, startSimulatorServer } from '../simulators/simulator-server';
import { testSettings } from '../testing/test-settings';
import { createAdapterRegistry } from './adapter-registry.factory';
import { IntegrationHub } from './integration-hub';

const nik = Nik.parse('3271014708900001');

async function failureOf(promise: Promise<unknown>): Promise<IntegrationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof IntegrationError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('integration hub: adapters by name, with resilience per adapter and region', () => {
  let simulator: SimulatorServer;
  beforeAll(async () => {
    simulator = await startSimulatorServer();
  });
  afterAll(() => simulator.close());
  beforeEach(() => simulator.reset());

  const hub = (resilience = {}) => new IntegrationHub(createAdapterRegistry(), testSettings(simulator.url, resilience));

  it('hands out each system’s simulator adapter by its registry name', async () => {
    const integrations = hub();
    const population = await integrations.port('population', 'dukcapil-simulator', '32.71');
    const licensing = await integrations.port('licensing', 'oss-simulator', '32.71');
    const vehicleTax = await integrations.port('vehicleTax', 'samsat-simulator', '32.71');
    await expect(population.port.verifyPerson({ nik, fullName: 'SITI RAHAYU' })).resolves.toMatchObject({ found: true });
    await expect(licensing.port.findBusiness(Nib.parse('8120000000001'))).resolves.toMatchObject({ name: 'CV MAJU JAYA' });
    await expect(vehicleTax.port.findVehicle(PlateNumber.parse('F 1234 ABC'))).resolves.toMatchObject({ make: 'HONDA' });
  });

  it('refuses an unknown adapter, or one of another system, as not configured', async () => {
    await expect(hub().port('population', 'nope', '32.71')).rejects.toMatchObject({ failure: 'not-configured' });
    await expect(hub().port('population', 'oss-simulator', '32.71')).rejects.toMatchObject({ failure: 'not-configured' });
    await expect(hub().port('population', undefined, '32.71')).rejects.toMatchObject({ failure: 'not-configured' });
  });

  it('names the missing variable when an HTTP adapter has no settings', async () => {
    await expect(hub().port('population', 'dukcapil-http', '32.71')).rejects.toThrow('DUKCAPIL_BASE_URL is not set');
  });

  it('ends a call to a slow system within its deadline, with a timeout', async () => {
    simulator.setFault({ mode: 'slow', delayMs: 5_000 });
    const { port } = await hub({ attemptTimeoutMs: 200, callTimeoutMs: 600, retries: 5 }).port('population', 'dukcapil-simulator', '32.71');
    const started = Date.now();
    const error = await failureOf(port.verifyPerson({ nik }));
    const elapsed = Date.now() - started;
    expect(error.failure).toBe('timeout');
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(elapsed).toBeGreaterThanOrEqual(590);
    expect(elapsed).toBeLessThan(600 + 400);
  });

  it('retries a failing lookup with backoff, then says unavailable', async () => {
    simulator.setFault({ mode: 'failing' });
    const { port } = await hub({ retries: 2, breakerFailures: 10 }).port('licensing', 'oss-simulator', '32.71');
    const error = await failureOf(port.findBusiness(Nib.parse('8120000000001')));
    expect(error.failure).toBe('unavailable');
    expect(simulator.received('oss')).toHaveLength(3);
  });

  it('never retries a write (receiveLicenseStatus)', async () => {
    simulator.setFault({ mode: 'failing' });
    const { port } = await hub({ retries: 2, breakerFailures: 10 }).port('licensing', 'oss-simulator', '32.71');
    const report = { nib: '8120000000001', licenceId: 'I-202402120001', statusCode: '50', changedAt: new Date(), officerName: 'x' };
    await expect(port.reportLicenceStatus(report)).rejects.toMatchObject({ failure: 'unavailable' });
    expect(simulator.received('oss')).toHaveLength(1);
  });

  it('says unavailable when the system cuts the connection', async () => {
    simulator.setFault({ mode: 'down' });
    const { port } = await hub({ retries: 0 }).port('vehicleTax', 'samsat-simulator', '32.71');
    await expect(port.findVehicle(PlateNumber.parse('F 1234 ABC'))).rejects.toMatchObject({ failure: 'unavailable' });
  });

  it('opens the circuit after consecutive failures, stops calling, and recovers after the cooldown', async () => {
    const integrations = hub({ retries: 0, breakerFailures: 3, breakerCooldownMs: 400 });
    const { port } = await integrations.port('population', 'dukcapil-simulator', '32.71');
    simulator.setFault({ mode: 'failing', system: 'dukcapil' });
    for (let attempt = 0; attempt < 3; attempt += 1)
      await expect(port.verifyPerson({ nik })).rejects.toMatchObject({ failure: 'unavailable' });
    expect(integrations.circuit('dukcapil-simulator', '32.71')).toBe('open');

    const open = await failureOf(port.verifyPerson({ nik }));
    expect(open.failure).toBe('circuit-open');
    expect(open.retryAfterSeconds).toBe(1);
    expect(simulator.received('dukcapil')).toHaveLength(3);

    // Another region's circuit, and another system, are not affected.
    simulator.setFault({ mode: 'none' });
    await expect((await integrations.port('population', 'dukcapil-simulator', '36.74')).port.verifyPerson({ nik })).resolves.toMatchObject({
      found: true,
    });

    await new Promise((resolve) => setTimeout(resolve, 450));
    await expect(port.verifyPerson({ nik, fullName: 'SITI RAHAYU' })).resolves.toMatchObject({ found: true });
    expect(integrations.circuit('dukcapil-simulator', '32.71')).toBe('closed');
  });

  it('limits calls in flight per adapter and region, and refuses the overflow at once as busy', async () => {
    simulator.setFault({ mode: 'slow', delayMs: 300 });
    const { port } = await hub({ maxConcurrent: 2, maxQueued: 1, attemptTimeoutMs: 1_000, callTimeoutMs: 2_000 }).port(
      'population',
      'dukcapil-simulator',
      '32.71',
    );
    const calls = Array.from({ length: 5 }, () =>
      port.verifyPerson({ nik }).then(
        () => 'ok',
        (error: IntegrationError) => error.failure,
      ),
    );
    const outcomes = await Promise.all(calls);
    expect(outcomes.filter((outcome) => outcome === 'ok')).toHaveLength(3);
    expect(outcomes.filter((outcome) => outcome === 'busy')).toHaveLength(2);
  });
});
