import { Nib } from '@mpp/domain';

import { SIMULATOR_CREDENTIALS } from '../simulators/simulator';
import { type SimulatorServer, startSimulatorServer } from '../simulators/simulator-server';
import { OssHttpAdapter } from './oss-http.adapter';

describe('OSS RBA HTTP adapter against the simulator, over a socket', () => {
  let simulator: SimulatorServer;
  let adapter: OssHttpAdapter;

  beforeAll(async () => {
    simulator = await startSimulatorServer();
    adapter = new OssHttpAdapter({ endpoint: { baseUrl: simulator.url, transport: 'direct' }, userKey: SIMULATOR_CREDENTIALS.oss.userKey });
  });
  afterAll(() => simulator.close());
  beforeEach(() => simulator.reset());

  it('looks a business up by NIB with its KBLI activities, licences and status', async () => {
    const business = await adapter.findBusiness(Nib.parse('9120000000002'));
    expect(business).toMatchObject({
      nib: '9120000000002',
      name: 'PT SINAR TANGSEL',
      scale: 'medium',
      ossRegionCode: '3674000000',
      regionCode: '36.74',
      status: { code: '03', label: 'diizinkan usaha' },
      activities: [expect.objectContaining({ kbli: '47111' }), expect.objectContaining({ kbli: '10711' })],
      licences: [expect.objectContaining({ id: 'I-202307030002', name: 'Izin Usaha' })],
    });
    const [sent] = simulator.received('oss');
    expect(sent.path).toBe('/v1/kl/rba/inqueryNIB');
    expect(sent.headers['user_key']).toBe(SIMULATOR_CREDENTIALS.oss.userKey);
    expect(sent.body).toEqual({ INQUERYNIB: { nib: '9120000000002' } });
  });

  it('answers undefined when OSS has no such NIB (kode 400)', async () => {
    await expect(adapter.findBusiness(Nib.parse('1111111111111'))).resolves.toBeUndefined();
  });

  it('reports a licence’s status with receiveLicenseStatus, in OSS’s envelope and WIB time', async () => {
    await adapter.reportLicenceStatus({
      nib: '8120000000001',
      licenceId: 'I-202402120001',
      statusCode: '50',
      changedAt: new Date('2026-11-25T03:04:05Z'),
      officerName: 'Petugas DPMPTSP',
      note: 'Disetujui',
    });
    const [sent] = simulator.received('oss');
    expect(sent.path).toBe('/v1/kl/rba/receiveLicenseStatus');
    expect(sent.body).toEqual({
      IZINSTATUS: {
        nib: '8120000000001',
        id_izin: 'I-202402120001',
        kd_status: '50',
        tgl_status: '2026-11-25 10:04:05',
        nama_status: 'Petugas DPMPTSP',
        keterangan: 'Disetujui',
      },
    });
  });

  it('turns OSS refusing a report into a `refused` failure', async () => {
    await expect(
      adapter.reportLicenceStatus({
        nib: '8120000000001',
        licenceId: 'I-UNKNOWN',
        statusCode: '50',
        changedAt: new Date(),
        officerName: 'x',
      }),
    ).rejects.toMatchObject({ failure: 'refused' });
  });

  it('turns a wrong user_key (kode 401) into a `refused` failure', async () => {
    const wrong = new OssHttpAdapter({ endpoint: { baseUrl: simulator.url, transport: 'direct' }, userKey: 'wrong' });
    await expect(wrong.findBusiness(Nib.parse('8120000000001'))).rejects.toMatchObject({ failure: 'refused' });
  });
});
