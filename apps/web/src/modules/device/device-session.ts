import { type ApiSchema, createApiClient } from '@mpp/api-client';

import { languageMiddleware } from '../../shared/api';

export type PairedDevice = ApiSchema<'PairedDeviceDto'>;

const STORAGE_KEY = 'mpp.device';

/** A kiosk's or board's pairing, kept on the device across restarts (it is the device's credential). */
export const deviceStore = {
  read(kind: 'kiosk' | 'board'): PairedDevice | undefined {
    try {
      const device = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as PairedDevice | null;
      return device?.kind === kind ? device : undefined;
    } catch {
      return undefined;
    }
  },
  write(device: PairedDevice | undefined): void {
    if (device) localStorage.setItem(STORAGE_KEY, JSON.stringify(device));
    else localStorage.removeItem(STORAGE_KEY);
  },
};

/** The API as this device: its token on every request. */
export function deviceApi(device: PairedDevice) {
  const client = createApiClient({ baseUrl: globalThis.location?.origin ?? '', headers: { 'x-device-token': device.token } });
  client.use(languageMiddleware);
  return client;
}
