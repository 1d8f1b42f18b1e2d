import type { INestApplication } from '@nestjs/common';

import { type DeviceKind, DevicesRepository } from '@mpp/persistence';
import { newDeviceToken, newId } from '@mpp/platform';

/** A registered kiosk or board straight in the database of a running test app; returns its token. */
export async function registerDevice(
  app: INestApplication,
  input: { regionCode: string; siteCode: string; kind: DeviceKind },
): Promise<string> {
  const { token, prefix, hash } = newDeviceToken();
  await app.get(DevicesRepository).insert({
    regionCode: input.regionCode,
    id: newId(),
    siteCode: input.siteCode,
    kind: input.kind,
    name: `Test ${input.kind}`,
    tokenPrefix: prefix,
    tokenHash: hash,
    createdBy: 'test',
  });
  return token;
}
