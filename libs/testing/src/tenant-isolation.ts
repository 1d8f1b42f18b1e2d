import type { INestApplication } from '@nestjs/common';
import request from 'supertest';

interface XAccess {
  kind: 'public' | 'authenticated' | 'restricted' | 'device';
  region?: { in: 'param' | 'query' | 'body'; name: string };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { 'x-access'?: XAccess; requestBody?: unknown }>>;
}

export interface TenantWalkOptions {
  /** Credentials of a region admin of one region (the intruder). */
  intruder: string;
  /** Credentials of a region admin of the other region (the owner), to prove each read target exists. */
  owner: string;
  /** The other region's code. */
  otherRegion: string;
  /** A record of the other region for each path parameter, keyed by `<path prefix>:<param>`. */
  idOf: (path: string, param: string) => string;
  /** Routes open to any signed-in caller because they only touch the caller's own account. */
  ownAccountRoutes: string[];
  /** Restricted routes that serve no tenant's data (the deployment file's JSON Schema): every admin reads them. */
  sharedRoutes?: string[];
  /** Bodies aimed at the other region for routes that read their region from content, by `METHOD /path`. */
  bodies?: Record<string, object>;
}

export interface WalkedRoute {
  route: string;
  status: number;
  code?: string;
}

/**
 * Calls every operation of the OpenAPI document that touches tenant data as a region admin
 * of one region, aimed at the other region (its region code in the query or body, the ids of
 * its records in the path), and reports the answers. Routes added later are walked too.
 */
export async function walkTenantRoutes(
  app: INestApplication,
  openApi: OpenApiDocument,
  options: TenantWalkOptions,
): Promise<{ walked: WalkedRoute[]; unchecked: string[] }> {
  const server = app.getHttpServer();
  const walked: WalkedRoute[] = [];
  const unchecked: string[] = [];
  for (const [path, operations] of Object.entries(openApi.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const access = operation['x-access'];
      const route = `${method.toUpperCase()} ${path}`;
      // Device routes take no staff credentials: the queue tests refuse another site's kiosk or board.
      if (!access || access.kind === 'public' || access.kind === 'device') continue;
      if (access.kind === 'authenticated') {
        if (!options.ownAccountRoutes.includes(route)) unchecked.push(route);
        continue;
      }
      if (options.sharedRoutes?.includes(route)) continue;
      const url = path.replace(/\{(\w+)\}/g, (_match, param: string) => encodeURIComponent(options.idOf(path, param)));
      const query = access.region?.in === 'query' ? { [access.region.name]: options.otherRegion } : {};
      const body = options.bodies?.[route] ?? (access.region?.in === 'body' ? { [access.region.name]: options.otherRegion } : {});
      const send = (credentials: string) => {
        const call = request(server)
          [method as 'get' | 'post' | 'patch' | 'put' | 'delete'](url)
          .query(query)
          .set('authorization', credentials);
        return operation.requestBody || method !== 'get' ? call.send(body) : call;
      };
      const response = await send(options.intruder);
      walked.push({ route, status: response.status, code: (response.body as { code?: string }).code });
      if (access.region?.in === 'body' && url !== path) {
        // Aimed by id alone, without naming the region in the body, the record must stay out of reach too.
        const byId = await request(server)[method as 'post' | 'patch' | 'put'](url).set('authorization', options.intruder).send({});
        walked.push({ route: `${route} (by id only)`, status: byId.status, code: (byId.body as { code?: string }).code });
      }
      if (method === 'get') {
        const owned = await send(options.owner);
        if (owned.status !== 200)
          walked.push({ route: `${route} (as the owner)`, status: owned.status, code: (owned.body as { code?: string }).code });
      }
    }
  }
  return { walked, unchecked };
}
