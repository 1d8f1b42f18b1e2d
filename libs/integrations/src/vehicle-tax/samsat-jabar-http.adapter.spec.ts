import { PlateNumber } from '@mpp/domain';

import { SIMULATOR_CREDENTIALS } from '../simulators/simulator';
import { type SimulatorServer, startSimulatorServer } from '../simulators/simulator-server';
import { SamsatJabarHttpAdapter } from './samsat-jabar-http.adapter';

describe('Samsat Jawa Barat HTTP adapter against the simulator, over a socket', () => {
  let simulator: SimulatorServer;
  let adapter: SamsatJabarHttpAdapter;

  beforeAll(async () => {
    simulator = await startSimulatorServer();
    adapter = new SamsatJabarHttpAdapter({
      endpoint: { baseUrl: simulator.url, transport: 'direct' },
      apiKey: SIMULATOR_CREDENTIALS.samsat.apiKey,
    });
  });
  afterAll(() => simulator.close());
  beforeEach(() => simulator.reset());

  it('looks a vehicle up by plate: PKB, opsen, SWDKLLJ with penalties, STNK date, owner masked', async () => {
    const statement = await adapter.findVehicle(PlateNumber.parse('f1234abc'));
    expect(statement).toEqual({
      plateNumber: 'F 1234 ABC',
      make: 'HONDA',
      model: 'BEAT 110',
      year: 2019,
      colour: 'HITAM',
      ownershipOrder: 1,
      ownerName: 'A**** F****',
      frameNumberTail: '23456',
      taxDueDate: '2026-03-10',
      stnkValidUntil: '2029-03-10',
      pkb: { principal: 220_000, penalty: 17_600 },
      opsen: { principal: 145_200, penalty: 11_700 },
      swdkllj: { principal: 35_000, penalty: 8_000 },
      fees: { stnk: 0, plate: 0 },
      total: 437_500,
      payable: true,
      blocked: false,
    });
    const [sent] = simulator.received('samsat');
    expect(sent.body).toEqual({
      where: [
        ['objek_pajak_no_polisi1', '=', 'F'],
        ['objek_pajak_no_polisi2', '=', '1234'],
        ['objek_pajak_no_polisi3', '=', 'ABC'],
        ['objek_pajak_kd_plat', '=', '1'],
      ],
      bayar_kedepan: 'T',
    });
  });

  it('adds the STNK and plate fees of a five-yearly renewal', async () => {
    const statement = await adapter.findVehicle(PlateNumber.parse('F 88 XY'));
    expect(statement?.fees).toEqual({ stnk: 200_000, plate: 100_000 });
  });

  it('says a blocked vehicle cannot be paid at the counter', async () => {
    await expect(adapter.findVehicle(PlateNumber.parse('D 4321 BB'))).resolves.toMatchObject({ blocked: true, payable: false });
  });

  it('answers undefined for a plate the province does not hold', async () => {
    await expect(adapter.findVehicle(PlateNumber.parse('B 1 A'))).resolves.toBeUndefined();
  });

  it('turns a refused key into a `refused` failure', async () => {
    const wrong = new SamsatJabarHttpAdapter({ endpoint: { baseUrl: simulator.url, transport: 'direct' }, apiKey: 'wrong' });
    await expect(wrong.findVehicle(PlateNumber.parse('F 1234 ABC'))).rejects.toMatchObject({ failure: 'refused' });
  });
});
