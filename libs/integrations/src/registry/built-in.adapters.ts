import { LaporHttpAdapter } from '../complaints/lapor-http.adapter';
import { OssHttpAdapter } from '../licensing/oss-http.adapter';
import { DukcapilHttpAdapter } from '../population/dukcapil-http.adapter';
import { SIMULATOR_CREDENTIALS } from '../simulators/simulator';
import { SamsatJabarHttpAdapter } from '../vehicle-tax/samsat-jabar-http.adapter';
import { endpoint, required, simulatorEndpoint } from './adapter.helpers';
import type { AdapterDefinition } from './adapter.types';

export const dukcapilHttp: AdapterDefinition<'population'> = {
  name: 'dukcapil-http',
  system: 'population',
  create: (settings) => {
    const own = settings.dukcapil;
    return new DukcapilHttpAdapter({
      endpoint: endpoint(settings, required(own.baseUrl, 'DUKCAPIL_BASE_URL'), own.transport),
      consumer: required(own.consumer, 'DUKCAPIL_CONSUMER'),
      credentials: {
        userId: required(own.userId, 'DUKCAPIL_USER_ID'),
        password: required(own.password, 'DUKCAPIL_PASSWORD'),
        ipUser: required(own.ipUser, 'DUKCAPIL_IP_USER'),
        threshold: own.threshold,
      },
    });
  },
};

export const dukcapilSimulated: AdapterDefinition<'population'> = {
  name: 'dukcapil-simulator',
  system: 'population',
  simulated: true,
  create: (settings) => {
    const { consumer, ...credentials } = SIMULATOR_CREDENTIALS.dukcapil;
    return new DukcapilHttpAdapter({
      endpoint: simulatorEndpoint(settings),
      consumer,
      credentials: { ...credentials, threshold: settings.dukcapil.threshold },
    });
  },
};

export const ossHttp: AdapterDefinition<'licensing'> = {
  name: 'oss-http',
  system: 'licensing',
  create: (settings) =>
    new OssHttpAdapter({
      endpoint: endpoint(settings, required(settings.oss.baseUrl, 'OSS_BASE_URL'), settings.oss.transport),
      userKey: required(settings.oss.userKey, 'OSS_USER_KEY'),
    }),
};

export const ossSimulated: AdapterDefinition<'licensing'> = {
  name: 'oss-simulator',
  system: 'licensing',
  simulated: true,
  create: (settings) => new OssHttpAdapter({ endpoint: simulatorEndpoint(settings), userKey: SIMULATOR_CREDENTIALS.oss.userKey }),
};

export const samsatJabarHttp: AdapterDefinition<'vehicleTax'> = {
  name: 'samsat-jabar-http',
  system: 'vehicleTax',
  create: (settings) =>
    new SamsatJabarHttpAdapter({
      endpoint: endpoint(settings, required(settings.samsat.baseUrl, 'SAMSAT_BASE_URL'), settings.samsat.transport),
      apiKey: required(settings.samsat.apiKey, 'SAMSAT_API_KEY'),
    }),
};

export const samsatSimulated: AdapterDefinition<'vehicleTax'> = {
  name: 'samsat-simulator',
  system: 'vehicleTax',
  simulated: true,
  create: (settings) => new SamsatJabarHttpAdapter({ endpoint: simulatorEndpoint(settings), apiKey: SIMULATOR_CREDENTIALS.samsat.apiKey }),
};

export const laporHttp: AdapterDefinition<'complaints'> = {
  name: 'lapor-http',
  system: 'complaints',
  create: (settings) =>
    new LaporHttpAdapter({
      endpoint: endpoint(settings, required(settings.lapor?.baseUrl, 'LAPOR_BASE_URL'), settings.lapor?.transport ?? 'splp'),
      secret: required(settings.lapor?.secret, 'LAPOR_AUTH_SECRET'),
      token: required(settings.lapor?.token, 'LAPOR_TOKEN'),
    }),
};

export const laporSimulated: AdapterDefinition<'complaints'> = {
  name: 'lapor-simulator',
  system: 'complaints',
  simulated: true,
  create: (settings) => new LaporHttpAdapter({ endpoint: simulatorEndpoint(settings), ...SIMULATOR_CREDENTIALS.lapor }),
};

export const BUILT_IN_ADAPTERS: AdapterDefinition[] = [
  dukcapilHttp,
  dukcapilSimulated,
  ossHttp,
  ossSimulated,
  samsatJabarHttp,
  samsatSimulated,
  laporHttp,
  laporSimulated,
];
