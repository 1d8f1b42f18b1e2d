import { Nik } from '@mpp/domain';

import { IntegrationError } from '../errors/integration-error';
import { SIMULATOR_CREDENTIALS } from '../simulators/simulator';
import { type SimulatorServer, startSimulatorServer } from '../simulators/simulator-server';
import { DukcapilHttpAdapter } from './dukcapil-http.adapter';
import { verificationOutcome } from './population-registry.port';

describe('Dukcapil HTTP adapter against the simulator, over a socket', () => {
  let simulator: SimulatorServer;
  let adapter: DukcapilHttpAdapter;
  const { consumer, ...credentials } = SIMULATOR_CREDENTIALS.dukcapil;
  const nik = (value: string) => Nik.parse(value);

  beforeAll(async () => {
    simulator = await startSimulatorServer();
    adapter = new DukcapilHttpAdapter({
      endpoint: { baseUrl: simulator.url, transport: 'direct' },
      consumer,
      credentials: { ...credentials, threshold: 90 },
    });
  });
  afterAll(() => simulator.close());
  beforeEach(() => simulator.reset());

  it('answers per field that a resident’s name, birth date and place match', async () => {
    const result = await adapter.verifyPerson({
      nik: nik('3271014708900001'),
      fullName: 'siti  rahayu',
      birthDate: '1990-08-07',
      birthPlace: 'Bogor',
    });
    expect(result).toEqual({
      found: true,
      fields: { fullName: { matches: true, score: 100 }, birthDate: { matches: true }, birthPlace: { matches: true, score: 100 } },
    });
    expect(verificationOutcome(result)).toBe('match');
  });

  it('sends the contract’s body: credentials, threshold, NIK and the elements in Dukcapil’s forms', async () => {
    await adapter.verifyPerson({ nik: nik('3271014708900001'), fullName: 'Siti Rahayu', birthDate: '1990-08-07' });
    const [sent] = simulator.received('dukcapil');
    expect(sent.path).toBe('/dukcapil/get_json/mpp-simulator/CALL_VERIFY_BY_ELEMEN');
    expect(sent.body).toEqual({
      USER_ID: 'simulator',
      PASSWORD: 'simulator-password',
      IP_USER: '127.0.0.1',
      TRESHOLD: 90,
      NIK: '3271014708900001',
      NAMA_LGKP: 'SITI RAHAYU',
      TGL_LHR: '07-08-1990',
    });
  });

  it('tells which field does not match, with the registry’s score', async () => {
    const result = await adapter.verifyPerson({ nik: nik('3674021203850003'), fullName: 'BUDI HARTONO', birthDate: '1985-03-13' });
    expect(result).toEqual({ found: true, fields: { fullName: { matches: false, score: 45 }, birthDate: { matches: false } } });
    expect(verificationOutcome(result)).toBe('no-match');
  });

  it('says not found for a well-formed NIK the registry does not hold', async () => {
    await expect(adapter.verifyPerson({ nik: nik('3271010101010009'), fullName: 'X' })).resolves.toEqual({ found: false });
  });

  it('turns a refused login into a `refused` failure an operator must fix', async () => {
    const wrong = new DukcapilHttpAdapter({
      endpoint: { baseUrl: simulator.url, transport: 'direct' },
      consumer,
      credentials: { ...credentials, password: 'wrong', threshold: 90 },
    });
    await expect(wrong.verifyPerson({ nik: nik('3271014708900001') })).rejects.toMatchObject({ failure: 'refused' });
    await expect(wrong.verifyPerson({ nik: nik('3271014708900001') })).rejects.toBeInstanceOf(IntegrationError);
  });

  it('through SPLP, adds the gateway key and keeps Dukcapil’s own credentials in the body', async () => {
    const viaSplp = new DukcapilHttpAdapter({
      endpoint: { baseUrl: simulator.url, transport: 'splp', splpKey: 'splp-test-key', splpKeyHeader: 'APIkey' },
      consumer,
      credentials: { ...credentials, threshold: 90 },
    });
    await viaSplp.verifyPerson({ nik: nik('3271014708900001'), fullName: 'SITI RAHAYU' });
    const [sent] = simulator.received('dukcapil');
    expect(sent.headers['apikey']).toBe('splp-test-key');
    expect(sent.body).toMatchObject({ USER_ID: 'simulator', PASSWORD: 'simulator-password' });
  });
});
