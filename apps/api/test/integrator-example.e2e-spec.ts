import { execFile } from 'node:child_process';
import path from 'node:path';

import { ApiKeysRepository } from '@mpp/persistence';
import { newId, newKeyPrefix, newSecret } from '@mpp/platform';
import { applySampleDeployments, createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

const EXAMPLE = path.resolve(__dirname, '../../../docs/examples/integrator-walk-in.mjs');

describe('the integrator example in docs/examples runs against the real API', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(API_APP, { WEBHOOK_POLL_MS: '20' });
    await applySampleDeployments(testApp.app, ['kota-bogor.yaml'], { alwaysOpen: true });
    await testApp.app.listen(0, '127.0.0.1');
  });
  afterAll(() => testApp.close());

  it('takes a ticket with a key, follows it and receives its signed webhook', async () => {
    const admin = await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' });
    const prefix = newKeyPrefix();
    const { secret, hash } = newSecret();
    await testApp.app.get(ApiKeysRepository).insert({
      id: newId(),
      name: 'Portal contoh',
      prefix,
      secretHash: hash,
      scopes: ['queue:write', 'webhooks:manage'],
      regionCode: '32.71',
      expiresAt: null,
      createdBy: admin.id,
    });
    const env = {
      PATH: process.env.PATH,
      MPP_BASE_URL: await testApp.app.getUrl(),
      MPP_API_KEY: `mpp_${prefix}_${secret}`,
      MPP_REGION: '32.71',
      MPP_SITE: 'mpp-kota-bogor',
      MPP_AGENCY: 'disdukcapil',
      MPP_SERVICE: 'ktp-el',
    };
    const output = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [EXAMPLE], { env, timeout: 60_000 }, (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stdout}\n${stderr}`)) : resolve(stdout),
      ),
    );
    expect(output).toMatch(/^subscribed [0-9a-f-]{36} to ticket\.issued, ticket\.called$/m);
    expect(output).toMatch(/^ticket A-\d{3} \([0-9a-f-]{36}\), channel integrator, /m);
    expect(output).toMatch(/^status waiting, /m);
    expect(output).toMatch(/^webhook ticket\.issued for A-\d{3}, signature verified$/m);
  }, 90_000);
});
