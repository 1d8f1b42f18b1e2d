import type { AppDefinition } from '@mpp/platform';

import { AppModule } from './app.module';
import { webhookDocuments } from './webhooks/webhook-events.openapi';

export const API_APP: AppDefinition = {
  appName: 'api',
  title: 'MPP Platform API',
  description:
    'REST API v1 of the Mal Pelayanan Publik platform: reference data, service catalogue, queue, ' +
    'applications and surveys. Errors share one body: { status, code, message, errors?, requestId }.',
  version: '1',
  tags: [
    { name: 'auth', description: 'Staff sign-in, token refresh and sign-out; who the token or API key belongs to' },
    { name: 'regions', description: 'Reference data: provinces and kabupaten/kota with their codes and time zones' },
    { name: 'catalogue', description: 'The service catalogue of a region’s MPP: sites, agencies (instansi), services and their standards' },
    { name: 'queue', description: 'Walk-in tickets (antrean), their pages and live streams, the boards and the queue figures' },
    { name: 'bookings', description: 'Booking a slot ahead, cancelling it, checking in at the kiosk' },
    { name: 'counters', description: 'The counter officer’s desk: call, recall, skip, transfer, serve and finish tickets' },
    { name: 'devices', description: 'Pairing kiosks and boards with a short code' },
    {
      name: 'applications',
      description: 'Applications (permohonan) filed at the counter, online or by an integrator, tracked to their result',
    },
    { name: 'survey', description: 'The satisfaction survey (SKM) after a visit and the IKM figures' },
    { name: 'complaints', description: 'Complaints (pengaduan), their follow-up and escalation, and the LAPOR! mirror' },
    { name: 'notifications', description: 'The region staff’s inbox: complaints escalated past their deadlines' },
    { name: 'webhooks', description: 'Integrators’ webhook subscriptions, their delivery log and replays' },
    { name: 'integrations', description: 'Checks against Dukcapil, OSS RBA and Samsat, and the callbacks those systems send' },
    { name: 'health', description: 'Liveness and readiness for load balancers and orchestrators' },
  ],
  webhooks: webhookDocuments(),
  servesWebApp: true,
  port: (config) => config.apiPort,
  rootModule: (context) => AppModule.forRoot(context),
};
