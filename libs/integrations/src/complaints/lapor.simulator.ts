import { createHash } from 'node:crypto';

import { SIMULATOR_CREDENTIALS, type SimulatorRoute } from '../simulators/simulator';
import { LAPOR_BASE_PATH, LAPOR_COMPLAINT_PATH } from './lapor.mapping';

const FOLLOWUPS = new RegExp(`^${LAPOR_BASE_PATH.replace(/\./g, '\\.')}/complaints/(LPR-[0-9A-F]{10})/followups$`);
const FIRST_STATUS = 'Belum Terverifikasi';

/** The state key under which the simulator keeps LAPOR!'s status of a ticket (set it to move the complaint on). */
export function laporStatusKey(trackingId: string): string {
  return `lapor:status:${trackingId}`;
}

/**
 * SP4N-LAPOR!'s `POST /complaints/complaint` and `GET /complaints/{ticket}/followups`: checks the
 * two headers, answers a tracking id derived from our reference (so a retried forward gets the
 * same id, as an idempotent system would) and the status "Belum Terverifikasi", and answers the
 * follow-ups with the status a test set (`setState(laporStatusKey(id), 'Proses')`).
 */
export const laporSimulator: SimulatorRoute = {
  system: 'lapor',
  methods: ['GET', 'POST'],
  matches: (path) => path === LAPOR_COMPLAINT_PATH || FOLLOWUPS.test(path),
  answer(body, headers, path, state) {
    const { secret, token } = SIMULATOR_CREDENTIALS.lapor;
    if (headers.auth !== `Bearer ${secret}` || headers.token !== token)
      return { status: 401, body: { success: false, message: 'Unauthorized' } };
    const ticket = FOLLOWUPS.exec(path)?.[1];
    if (ticket) {
      const status = state.get(laporStatusKey(ticket));
      if (status === undefined) return { status: 404, body: { success: false, message: 'Laporan tidak ditemukan' } };
      return { status: 200, body: { success: true, data: { tracking_id: ticket, status, followups: [] } } };
    }
    const complaint = body as { title?: unknown; content?: unknown; reference?: unknown };
    if (typeof complaint?.title !== 'string' || typeof complaint.content !== 'string' || typeof complaint.reference !== 'string') {
      return { status: 422, body: { success: false, message: 'title, content and reference are required' } };
    }
    const trackingId = `LPR-${createHash('sha256').update(complaint.reference).digest('hex').slice(0, 10).toUpperCase()}`;
    if (!state.has(laporStatusKey(trackingId))) state.set(laporStatusKey(trackingId), FIRST_STATUS);
    return { status: 201, body: { success: true, data: { tracking_id: trackingId, status: state.get(laporStatusKey(trackingId)) } } };
  },
};
