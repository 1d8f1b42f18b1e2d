import { randomBytes, scryptSync } from 'node:crypto';

import request from 'supertest';

import { StaffAccountsRepository } from '@mpp/persistence';
import { createStaff, startTestApp, type TestApp } from '@mpp/testing';

import { API_APP } from '../src/api-app.definition';

/** A scrypt hash in the form stored before argon2id (decisions 0003 and 0006). */
function scryptHash(password: string): string {
  const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize('NFKC'), salt, 32, { N: 2 ** 14, r: 8, p: 1 });
  return `$scrypt$ln=14,r=8,p=1$${b64(salt)}$${b64(key)}`;
}

describe('password hashes stored before argon2id', () => {
  let testApp: TestApp;
  beforeAll(async () => (testApp = await startTestApp(API_APP)));
  afterAll(() => testApp.close());

  it('still sign in, and are replaced by argon2id at that sign-in', async () => {
    const staff = await createStaff(testApp.app, { role: 'region_admin', regionCode: '32.71' });
    const accounts = testApp.app.get(StaffAccountsRepository);
    await accounts.update(staff.id, { passwordHash: scryptHash(staff.password) });

    await request(testApp.server).post('/v1/auth/login').send({ email: staff.email, password: 'wrong-password' }).expect(401);
    expect((await accounts.findById(staff.id))?.passwordHash).toMatch(/^\$scrypt\$/);

    await request(testApp.server).post('/v1/auth/login').send({ email: staff.email, password: staff.password }).expect(200);
    expect((await accounts.findById(staff.id))?.passwordHash).toMatch(/^\$argon2id\$/);
    await request(testApp.server).post('/v1/auth/login').send({ email: staff.email, password: staff.password }).expect(200);
  });
});
