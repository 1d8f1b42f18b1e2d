import { SIMULATOR_CREDENTIALS, type SimulatorRoute } from '../simulators/simulator';
import { DUKCAPIL_VERIFY_METHOD } from './dukcapil.mapping';

/**
 * Dukcapil's verify-by-elements service with three invented residents (test data, not real
 * people; the NIKs are well-formed and in real kecamatan). Every other well-formed NIK is
 * "Data Tidak Ditemukan". Listed in the README.
 */
export const SIMULATED_PEOPLE = [
  { NIK: '3271014708900001', NAMA_LGKP: 'SITI RAHAYU', TGL_LHR: '07-08-1990', TMPT_LHR: 'BOGOR' },
  { NIK: '3674021203850003', NAMA_LGKP: 'BUDI SANTOSO', TGL_LHR: '12-03-1985', TMPT_LHR: 'TANGERANG' },
  { NIK: '3522015505000002', NAMA_LGKP: 'DEWI LESTARI', TGL_LHR: '15-05-2000', TMPT_LHR: 'BOJONEGORO' },
] as const;

const FUZZY = ['NAMA_LGKP', 'TMPT_LHR'] as const;

export const dukcapilSimulator: SimulatorRoute = {
  system: 'dukcapil',
  matches: (path) => path.startsWith('/dukcapil/get_json/') && path.endsWith(`/${DUKCAPIL_VERIFY_METHOD}`),
  answer(raw) {
    const body = (raw ?? {}) as Record<string, unknown>;
    const respond = (RESPON: string) => ({ status: 200, body: { content: [{ RESPON }] } });
    const credentials = SIMULATOR_CREDENTIALS.dukcapil;
    if (body.USER_ID !== credentials.userId || body.PASSWORD !== credentials.password) return respond('Login Gagal');
    const person = SIMULATED_PEOPLE.find((candidate) => candidate.NIK === String(body.NIK));
    if (!person) return respond('Data Tidak Ditemukan');
    const threshold = Number(body.TRESHOLD ?? 90);
    const row: Record<string, string> = { NIK: person.NIK };
    for (const element of FUZZY) {
      if (typeof body[element] !== 'string') continue;
      const score = similarity(String(body[element]), person[element]);
      row[element] = `${score >= threshold ? 'Sesuai' : 'Tidak Sesuai'} (${score})`;
    }
    if (typeof body.TGL_LHR === 'string') row.TGL_LHR = body.TGL_LHR === person.TGL_LHR ? 'Sesuai' : 'Tidak Sesuai';
    return { status: 200, body: { content: [row] } };
  },
};

/** Dice coefficient over letter pairs, 0–100: close enough to a registry's fuzzy score for tests. */
function similarity(a: string, b: string): number {
  const norm = (text: string) => text.toUpperCase().replace(/\s+/g, ' ').trim();
  const [x, y] = [norm(a), norm(b)];
  if (x === y) return 100;
  const pairs = (text: string) => Array.from({ length: Math.max(text.length - 1, 0) }, (_, index) => text.slice(index, index + 2));
  const left = pairs(x);
  const right = pairs(y);
  let shared = 0;
  const pool = [...right];
  for (const pair of left) {
    const at = pool.indexOf(pair);
    if (at >= 0) {
      shared += 1;
      pool.splice(at, 1);
    }
  }
  return left.length + right.length === 0 ? 0 : Math.floor((200 * shared) / (left.length + right.length));
}
