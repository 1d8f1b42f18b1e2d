import type { IncomingMessage } from 'node:http';

import type { DynamicModule } from '@nestjs/common';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { findInvalidUtf8 } from '@mpp/domain';

import { auditWriteRoutes } from '../access/write-audit.interceptor';
import type { RuntimeContext } from '../config/runtime-context';
import { ApiError } from '../errors/error-body';
import { sendError } from '../errors/http-error.filter';
import { AppLogger, createAppLogger, logRequests, requestIdFrom } from '../logging/logging';
import { forwardAdminApi } from './admin-forwarding';
import { answerClientError, assertJsonDepth, unstorableTextErrors } from './hostile-input';
import { createOpenApiDocument, type OpenApiOptions } from './openapi-document.factory';
import { sendSecurityHeaders } from './security-headers.hook';
import { addTransportSecurityHeaders } from './transport-security.hook';
import { serveWebApp } from './web-app';

export interface HttpAppOptions extends OpenApiOptions {
  /** Serve the built web app (the mall's screens) from this app's origin. */
  servesWebApp?: boolean;
}

/**
 * Builds a configured app without listening, so main.ts and the e2e tests run the very
 * same stack: Fastify, helmet, CORS, request ids, the error shape and the OpenAPI document.
 */
export async function createHttpApp(
  rootModule: DynamicModule,
  context: RuntimeContext,
  options: HttpAppOptions,
): Promise<NestFastifyApplication> {
  const { http } = context.config;
  const errorLogger = new NestLogger('HttpError');
  const adapter = new FastifyAdapter({
    // Errors raised below Nest (a URL that is not valid percent-encoding, a request the HTTP
    // parser refuses) leave in the same error body as every other error.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => sendError(error, request, reply, errorLogger),
    clientErrorHandler: answerClientError,
    logger: false,
    bodyLimit: http.bodyLimitBytes,
    trustProxy: http.trustProxy,
    genReqId: (req: IncomingMessage) => requestIdFrom(req.headers['x-request-id']),
    return503OnClosing: true,
  });
  const logger = createAppLogger(context.config, context.appName, context.logDestination);
  const app = await NestFactory.create<NestFastifyApplication>(rootModule, adapter, {
    logger: new AppLogger(logger),
    // Our own JSON parser is registered below; Nest would add a second one.
    bodyParser: false,
  });

  // Every per-request step below is a Fastify hook, in the order Fastify runs them; no
  // Express-style middleware layer (app.use) is mounted (decision 0052).
  const fastify = app.getHttpAdapter().getInstance();
  logRequests(fastify, logger);
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  refuseUnknownVersions(fastify, options.version);
  // Errors of body parsing (413, 415, broken JSON) and of hooks reach Nest's own Fastify error
  // handler, which hands them to the global HttpErrorFilter: the same body as every other error.
  useCodedJsonParser(fastify);
  useRawUploads(fastify, context.config.documents.maxBytes);
  // Deployment files may be uploaded as they are; the handler receives { content }.
  fastify.addContentTypeParser(['application/yaml', 'application/x-yaml', 'text/yaml'], { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      done(null, yamlUpload(body as Buffer));
    } catch (error) {
      done(error as ApiError, undefined);
    }
  });
  fastify.addHook('preHandler', (request, _reply, done) => {
    const errors = unstorableTextErrors({ params: request.params, query: request.query, body: request.body });
    done(errors.length > 0 ? new ApiError(400, 'VALIDATION_FAILED', 'The request has invalid fields', errors) : undefined);
  });

  sendSecurityHeaders(fastify);
  fastify.addHook('onSend', (request, reply, payload, done) => {
    addTransportSecurityHeaders(request, reply);
    done(null, payload);
  });
  app.enableCors({ origin: http.corsOrigins.length > 0 ? http.corsOrigins : false });
  if (options.servesWebApp) {
    await serveWebApp(app, http.webDir);
    // The console among the screens calls the admin API on this origin (decision 0060).
    if (http.adminUrl) await forwardAdminApi(app, http.adminUrl);
  }

  if (http.docsEnabled) {
    const document = createOpenApiDocument(app, options, context.config);
    SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', yamlDocumentUrl: 'docs-yaml' });
  }
  auditWriteRoutes(app);
  await app.init();
  await fastify.ready();
  return app;
}

/**
 * `/v2/...` (or `/admin/api/v9/...`) names an API version this app does not serve: a 404 with
 * its own code, so an integrator on a wrong base URL learns which versions exist instead of
 * reading a bare NOT_FOUND (docs/api-versioning.md).
 */
function refuseUnknownVersions(fastify: FastifyInstance, served: string): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    const version = /^\/(?:admin\/api\/)?v(\d+)(?:[/?]|$)/.exec(request.url)?.[1];
    if (version === undefined || version === served) return done();
    done(
      new ApiError(404, 'API_VERSION_UNKNOWN', `This API has no version v${version}; it serves v${served} (see /docs)`, [
        { path: 'url', message: `use /v${served}/…` },
      ]),
    );
  });
}

/**
 * Fastify's own JSON parser (with its prototype-poisoning guard), whose failures carry the
 * code INVALID_JSON instead of a generic 400, so a client can tell a broken body from a
 * field that breaks a rule.
 */
function useCodedJsonParser(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parse(request, body.toString(), (error, value) => {
      if (error) return done(new ApiError(400, 'INVALID_JSON', 'The request body is not valid JSON'), undefined);
      try {
        assertJsonDepth(value);
      } catch (tooDeep) {
        return done(tooDeep as ApiError, undefined);
      }
      done(null, value);
    });
  });
}

/** An uploaded file must be UTF-8: its bytes are never guessed at or replaced silently. */
function yamlUpload(body: Buffer): { content: string } {
  const invalid = findInvalidUtf8(body);
  if (invalid) {
    const where = `line ${invalid.line}, column ${invalid.column}`;
    throw new ApiError(400, 'TEXT_NOT_UTF8', `The file is not UTF-8 text: an invalid byte at ${where}`, [
      {
        path: where,
        message: `byte 0x${body[invalid.offset].toString(16)} is not UTF-8; save the file as UTF-8`,
        indonesian: `byte 0x${body[invalid.offset].toString(16)} bukan UTF-8; simpan berkas sebagai UTF-8`,
      },
    ]);
  }
  return { content: body.toString('utf8') };
}

/** Marks a route that takes a raw file as its body (see useRawUploads). */
export const RAW_UPLOAD = { rawUpload: true } as const;
const RAW_UPLOAD_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'application/octet-stream'];

/**
 * Application documents are uploaded as their raw bytes (no multipart, no base64): the handler
 * reads request.body as a Buffer and checks the type by content, whatever the header says. Only
 * routes marked RAW_UPLOAD take them, with the document limit; every other route refuses those
 * types before reading the body (415), and keeps BODY_LIMIT_BYTES.
 */
function useRawUploads(fastify: FastifyInstance, maxBytes: number): void {
  fastify.addHook('onRoute', (route) => {
    if ((route.config as { rawUpload?: boolean } | undefined)?.rawUpload) route.bodyLimit = maxBytes + 1;
  });
  fastify.addHook('preParsing', async (request) => {
    const header = request.headers['content-type'];
    if (!header) return;
    const type = header.split(';')[0].trim().toLowerCase();
    if (!RAW_UPLOAD_TYPES.includes(type)) return;
    if (!(request.routeOptions.config as { rawUpload?: boolean } | undefined)?.rawUpload)
      throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', `This route does not take ${type}; send application/json`);
  });
  fastify.addContentTypeParser(RAW_UPLOAD_TYPES, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
}
