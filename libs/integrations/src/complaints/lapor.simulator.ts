import { createHash } from 'node:crypto';

import { SIMULATOR_CREDENTIALS, type SimulatorRoute } from '../simulators/simulator';
import { LAPOR_COMPLAINT_PATH } from './lapor.mapping';

/**
 * SP4N-LAPOR!'s `POST /complaints/complaint`: checks the two headers, answers a tracking id
 * derived from our reference (so a retried forward gets the same id, as an idempotent system
 * would) and the status "Belum Terverifikasi".
 */
export const laporSimulator: SimulatorRoute = {
  system: 'lapor',
  matches: (path) => path === LAPOR_COMPLAINT_PATH,
  answer(body, headers) {
    const { secret, token } = SIMULATOR_CREDENTIALS.lapor;
    if (headers.auth !== `Bearer ${secret}` || headers.token !== token)
      return { status: 401, body: { success: false, message: 'Unauthorized' } };
    const complaint = body as { title?: unknown; content?: unknown; reference?: unknown };
    if (typeof complaint?.title !== 'string' || typeof complaint.content !== 'string' || typeof complaint.reference !== 'string') {
      return { status: 422, body: { success: false, message: 'title, content and reference are required' } };
    }
    const id = createHash('sha256').update(complaint.reference).digest('hex').slice(0, 10).toUpperCase();
    return { status: 201, body: { success: true, data: { tracking_id: `LPR-${id}`, status: 'Belum Terverifikasi' } } };
  },
};
