import { IntegrationError, UpstreamFailure } from '../errors/integration-error';
import { SIMULATOR_CREDENTIALS } from '../simulators/simulator';
import { type SimulatorServer, startSimulatorServer } from '../simulators/simulator-server';
import type { ForwardedComplaint } from './complaint-forwarding.port';
import { laporStatusKey } from './lapor.simulator';
import { LaporHttpAdapter } from './lapor-http.adapter';

const COMPLAINT: ForwardedComplaint = {
  reference: '7KQ2M-9XW4T',
  title: 'Antrean tidak tertib',
  account: 'Nomor antrean dipanggil tidak sesuai urutan.',
  category: 'pelayanan',
  incidentDate: '2026-11-30',
  incidentPlace: 'MPP Kota Tangerang Selatan',
  regionCode: '36.74',
  anonymous: false,
  secret: true,
  reporter: { name: 'Budi Santoso', phone: '+6281311112222' },
};

describe('SP4N-LAPOR! HTTP adapter against the simulator, over a socket', () => {
  let simulator: SimulatorServer;
  const adapter = (secret: string = SIMULATOR_CREDENTIALS.lapor.secret) =>
    new LaporHttpAdapter({ endpoint: { baseUrl: simulator.url, transport: 'direct' }, secret, token: SIMULATOR_CREDENTIALS.lapor.token });

  beforeAll(async () => {
    simulator = await startSimulatorServer();
  });
  afterAll(() => simulator.close());
  beforeEach(() => simulator.reset());

  it('posts the complaint in LAPOR!’s fields with both headers and reads its tracking id and status; a retry gets the same id', async () => {
    const receipt = await adapter().forward(COMPLAINT);
    expect(receipt).toEqual({ trackingId: expect.stringMatching(/^LPR-[0-9A-F]{10}$/), status: 'Belum Terverifikasi' });
    expect((await adapter().forward(COMPLAINT)).trackingId).toBe(receipt.trackingId);
    const [sent] = simulator.received('lapor');
    expect(sent.path).toBe('/lapor/3.0.0/complaints/complaint');
    expect(sent.headers).toMatchObject({ auth: `Bearer ${SIMULATOR_CREDENTIALS.lapor.secret}`, token: SIMULATOR_CREDENTIALS.lapor.token });
    expect(sent.body).toMatchObject({
      title: 'Antrean tidak tertib',
      content: 'Nomor antrean dipanggil tidak sesuai urutan.',
      date_of_incident: '2026-11-30',
      is_anonymous: false,
      is_secret: true,
      reference: '7KQ2M-9XW4T',
      reporter: { name: 'Budi Santoso' },
    });
  });

  it('sends no reporter for an anonymous complaint', async () => {
    await adapter().forward({ ...COMPLAINT, anonymous: true });
    const [sent] = simulator.received('lapor');
    expect(sent.body).not.toHaveProperty('reporter');
    expect(JSON.stringify(sent.body)).not.toMatch(/Budi|0813/);
  });

  it('tells refused credentials from an outage', async () => {
    await expect(adapter('wrong').forward(COMPLAINT)).rejects.toEqual(expect.objectContaining({ failure: 'refused' }));
    await expect(adapter('wrong').forward(COMPLAINT)).rejects.toBeInstanceOf(IntegrationError);
    simulator.setFault({ mode: 'down', system: 'lapor' });
    await expect(adapter().forward(COMPLAINT)).rejects.toBeInstanceOf(UpstreamFailure);
  });

  it('reads LAPOR!’s status of a forwarded complaint from its follow-ups, as the simulator holds it', async () => {
    const { trackingId } = await adapter().forward(COMPLAINT);
    expect(await adapter().status(trackingId)).toEqual({ trackingId, status: 'Belum Terverifikasi', followups: 0 });
    simulator.setState(laporStatusKey(trackingId), 'Proses');
    expect((await adapter().status(trackingId)).status).toBe('Proses');
    const read = simulator.received('lapor').at(-1);
    expect(read?.path).toBe(`/lapor/3.0.0/complaints/${trackingId}/followups`);
    expect(read?.headers).toMatchObject({ token: SIMULATOR_CREDENTIALS.lapor.token });
  });

  it('refuses a status answer outside the contract, and tells an outage apart', async () => {
    await expect(adapter().status('LPR-0000000000')).rejects.toEqual(expect.objectContaining({ failure: 'bad-answer' }));
    await expect(adapter('wrong').status('LPR-0000000000')).rejects.toEqual(expect.objectContaining({ failure: 'refused' }));
    simulator.setFault({ mode: 'failing', system: 'lapor' });
    await expect(adapter().status('LPR-0000000000')).rejects.toBeInstanceOf(UpstreamFailure);
  });
});
