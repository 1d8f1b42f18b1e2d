import { Body, Controller, type DynamicModule, Get, Module, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Type } from 'class-transformer';
import { IsInt, IsString, Length, Min, ValidateNested } from 'class-validator';
import request from 'supertest';

import { ForbiddenError, NotFoundError } from '@mpp/domain';
import { prepareDatabase } from '@mpp/persistence';
import { createTestDatabase, type TestDatabase } from '@mpp/persistence/testing';

import { PublicAccess } from '../access/access.decorators';
import { listRouteAccess } from '../access/route-access';
import { loadConfig } from '../config/app-config';
import type { RuntimeContext } from '../config/runtime-context';
import { databaseSettings } from '../database/database-settings';
import { CoreModule } from './core.module';
import { createHttpApp } from './create-http-app';
import { Deprecated } from './deprecation.decorator';

class CounterDto {
  @IsString()
  @Length(1, 10)
  name!: string;
}

class ProbeBody {
  @IsInt()
  @Min(1)
  quota!: number;

  @ValidateNested({ each: true })
  @Type(() => CounterDto)
  counters!: CounterDto[];
}

@PublicAccess('A probe of the HTTP stack in this test')
@Controller('probe')
class ProbeController {
  @Post()
  echo(@Body() body: ProbeBody): ProbeBody {
    return body;
  }

  @Get('missing')
  missing(): never {
    throw new NotFoundError('TICKET_NOT_FOUND', 'No ticket has this id', 'id');
  }

  @Get('not-yours')
  notYours(): never {
    throw new ForbiddenError('OUT_OF_SCOPE', 'This counter belongs to an agency you do not act for');
  }

  @Get('crash')
  crash(): never {
    throw new Error('secret internal detail at /srv/app.js:12');
  }
}

/** A test-only route standing for any operation on its way out. */
@PublicAccess('A probe of deprecation headers in this test')
@Controller('v1/old-probe')
class OldProbeController {
  @Get()
  @Deprecated({ since: '2026-12-01', sunset: '2027-06-30', successor: '/v1/probe' })
  old(): { ok: true } {
    return { ok: true };
  }
}

@Controller('forgotten')
class ForgottenController {
  @Get()
  open(): string {
    return 'should never be served';
  }
}

@Module({ controllers: [ProbeController, OldProbeController, ForgottenController] })
class ProbeModule {}

describe('createHttpApp', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: database.url, BODY_LIMIT_BYTES: '2048' });
    const context: RuntimeContext = { config, databaseUrl: database.url, appName: 'api', authSecret: 'x'.repeat(40) };
    await prepareDatabase(databaseSettings(context));
    const root: DynamicModule = { module: class ProbeRoot {}, imports: [CoreModule.forRoot(context), ProbeModule] };
    app = await createHttpApp(root, context, { title: 'probe', description: 'probe', version: '1', tags: [] });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const post = () => request(app.getHttpServer()).post('/probe');

  it('answers a deprecated operation with Deprecation (RFC 9745) and Sunset (RFC 8594), and marks it in the document', async () => {
    const response = await request(app.getHttpServer()).get('/v1/old-probe').expect(200);
    expect(response.headers['deprecation']).toBe(`@${Date.UTC(2026, 11, 1) / 1000}`);
    expect(response.headers['sunset']).toBe('Wed, 30 Jun 2027 00:00:00 GMT');
    expect(response.headers['link']).toBe('</v1/probe>; rel="successor-version"');
    const document = (await request(app.getHttpServer()).get('/docs-json').expect(200)).body;
    const operation = document.paths['/v1/old-probe'].get;
    expect(operation).toMatchObject({ deprecated: true, 'x-deprecation': { since: '2026-12-01', sunset: '2027-06-30' } });
    expect(Object.keys(operation.responses['200'].headers)).toEqual(expect.arrayContaining(['Deprecation', 'Sunset']));
    expect(document.paths['/probe'].post.deprecated).toBeUndefined();
  });

  it.each(['/v2/regions', '/v9/anything?x=1', '/admin/api/v2/staff', '/v0'])(
    'answers %s, a version it does not serve, 404 API_VERSION_UNKNOWN',
    async (url) => {
      const response = await request(app.getHttpServer()).get(url).expect(404);
      expect(response.body).toMatchObject({ status: 404, code: 'API_VERSION_UNKNOWN' });
      expect(response.body.errors).toEqual([{ path: 'url', message: expect.stringContaining('/v1/') }]);
      const english = await request(app.getHttpServer()).get(url).set('accept-language', 'en').expect(404);
      expect(english.body.message).toMatch(/no version v\d+; it serves v1/);
    },
  );

  it('passes a valid body through, transformed', async () => {
    await post()
      .send({ quota: 3, counters: [{ name: 'Loket 1' }] })
      .expect(201, { quota: 3, counters: [{ name: 'Loket 1' }] });
  });

  it('lists every invalid field with its path, nested ones included', async () => {
    const response = await post()
      .send({ quota: 0, counters: [{ name: 'Loket 1' }, { name: '' }], extra: true })
      .expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['counters[1].name', 'extra', 'quota']);
  });

  it('refuses unknown nested fields too', async () => {
    const response = await post()
      .send({ quota: 1, counters: [{ name: 'A', admin: true }] })
      .expect(400);
    expect(response.body.errors).toEqual([{ path: 'counters[0].admin', message: 'isian admin tidak dikenal' }]);
  });

  it('says each field’s problem in Indonesian, and in English on request', async () => {
    const body = { quota: 0, counters: [{ name: 'A' }] };
    const indonesian = await post().send(body).expect(400);
    expect(indonesian.body.errors).toEqual([{ path: 'quota', message: 'quota tidak boleh kurang dari 1' }]);
    const english = await post().set('accept-language', 'en').send(body).expect(400);
    expect(english.body.errors).toEqual([{ path: 'quota', message: 'quota must not be less than 1' }]);
  });

  it('answers broken JSON with INVALID_JSON', async () => {
    const response = await post().set('content-type', 'application/json').send('{"quota": 1,').expect(400);
    expect(response.body).toMatchObject({ status: 400, code: 'INVALID_JSON' });
  });

  it('refuses prototype poisoning', async () => {
    const response = await post()
      .set('content-type', 'application/json')
      .send('{"quota":1,"counters":[],"__proto__":{"admin":true}}')
      .expect(400);
    expect(response.body.code).toBe('INVALID_JSON');
  });

  it('answers a body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await post()
      .send({ quota: 1, counters: [{ name: 'x'.repeat(4096) }] })
      .expect(413);
    expect(response.body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers an unsupported media type with 415', async () => {
    const response = await post().set('content-type', 'application/xml').send('<quota/>').expect(415);
    expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('maps a domain not-found error to 404 with its own code', async () => {
    const response = await request(app.getHttpServer()).get('/probe/missing').expect(404);
    expect(response.body).toMatchObject({
      status: 404,
      code: 'TICKET_NOT_FOUND',
      message: 'Nomor antrean tidak ditemukan',
      errors: [{ path: 'id', message: 'Nomor antrean tidak ditemukan' }],
    });
    const english = await request(app.getHttpServer()).get('/probe/missing').set('accept-language', 'en').expect(404);
    expect(english.body).toMatchObject({ message: 'No ticket has this id', errors: [{ path: 'id', message: 'No ticket has this id' }] });
  });

  it('maps a domain forbidden error to 403: the service names the refusal, not the status', async () => {
    const response = await request(app.getHttpServer()).get('/probe/not-yours').expect(403);
    expect(response.body).toMatchObject({ status: 403, code: 'OUT_OF_SCOPE' });
  });

  it('answers a surprise with a bare 500: no stack, no internal detail', async () => {
    const response = await request(app.getHttpServer()).get('/probe/crash').set('accept-language', 'en').expect(500);
    expect(response.body).toEqual({
      status: 500,
      code: 'INTERNAL_ERROR',
      message: 'An unexpected error occurred; quote the request id when asking for support',
      requestId: response.headers['x-request-id'],
    });
    expect(response.text).not.toContain('secret');
  });

  it('answers a wrong method with the shared body', async () => {
    const response = await request(app.getHttpServer()).delete('/probe').expect(404);
    expect(response.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('refuses a route that declares no access rule, and lists it as such', async () => {
    const response = await request(app.getHttpServer()).get('/forgotten').expect(403);
    expect(response.body).toMatchObject({ status: 403, code: 'ACCESS_RULE_MISSING' });
    expect(listRouteAccess(app).filter((route) => !route.rule)).toEqual([
      { controller: 'ForgottenController', handler: 'open', rule: undefined },
    ]);
  });

  it('speaks Indonesian unless the client prefers English, with the same code either way', async () => {
    const indonesian = await request(app.getHttpServer()).get('/probe/crash').expect(500);
    expect(indonesian.headers['content-language']).toBe('id');
    expect(indonesian.body).toMatchObject({
      code: 'INTERNAL_ERROR',
      message: 'Terjadi kesalahan yang tidak terduga; sebutkan request id saat meminta bantuan',
    });
    const english = await request(app.getHttpServer()).get('/probe/crash').set('accept-language', 'en-GB,en;q=0.9').expect(500);
    expect(english.headers['content-language']).toBe('en');
    expect(english.body.code).toBe('INTERNAL_ERROR');
  });
});
