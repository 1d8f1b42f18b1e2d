import type { SurveyElement } from './survey-elements';

export interface Wording {
  id: string;
  en: string;
}

export interface ElementWording {
  question: Wording;
  /** The four answers, 1 (worst) to 4 (best). */
  answers: readonly [Wording, Wording, Wording, Wording];
}

const w = (id: string, en: string): Wording => ({ id, en });
const scale = (...pairs: [string, string][]) => pairs.map(([id, en]) => w(id, en)) as unknown as ElementWording['answers'];

/**
 * The national wording of the questionnaire: the element list and answer labels of
 * PermenPANRB 14/2017 (see shared/domain/skm-ikm.md). A deployment may replace the question
 * text per element; the answer labels stay national so results from every region compare.
 */
export const NATIONAL_SURVEY_WORDING: Readonly<Record<SurveyElement, ElementWording>> = {
  U1: {
    question: w(
      'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      'How well do the requirements match the service?',
    ),
    answers: scale(
      ['Tidak sesuai', 'Not appropriate'],
      ['Kurang sesuai', 'Less appropriate'],
      ['Sesuai', 'Appropriate'],
      ['Sangat sesuai', 'Very appropriate'],
    ),
  },
  U2: {
    question: w(
      'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
      'How easy is the procedure of this service?',
    ),
    answers: scale(['Tidak mudah', 'Not easy'], ['Kurang mudah', 'Less easy'], ['Mudah', 'Easy'], ['Sangat mudah', 'Very easy']),
  },
  U3: {
    question: w('Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?', 'How fast was the service delivered?'),
    answers: scale(['Tidak cepat', 'Not fast'], ['Kurang cepat', 'Less fast'], ['Cepat', 'Fast'], ['Sangat cepat', 'Very fast']),
  },
  U4: {
    question: w('Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?', 'How reasonable is the fee of the service?'),
    answers: scale(['Sangat mahal', 'Very expensive'], ['Cukup mahal', 'Rather expensive'], ['Murah', 'Cheap'], ['Gratis', 'Free']),
  },
  U5: {
    question: w(
      'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
      'How well does the result match the product in the service standard?',
    ),
    answers: scale(
      ['Tidak sesuai', 'Not appropriate'],
      ['Kurang sesuai', 'Less appropriate'],
      ['Sesuai', 'Appropriate'],
      ['Sangat sesuai', 'Very appropriate'],
    ),
  },
  U6: {
    question: w('Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?', 'How competent were the staff?'),
    answers: scale(
      ['Tidak kompeten', 'Not competent'],
      ['Kurang kompeten', 'Less competent'],
      ['Kompeten', 'Competent'],
      ['Sangat kompeten', 'Very competent'],
    ),
  },
  U7: {
    question: w(
      'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
      'How polite and friendly were the staff?',
    ),
    answers: scale(
      ['Tidak sopan dan ramah', 'Not polite and friendly'],
      ['Kurang sopan dan ramah', 'Less polite and friendly'],
      ['Sopan dan ramah', 'Polite and friendly'],
      ['Sangat sopan dan ramah', 'Very polite and friendly'],
    ),
  },
  U8: {
    question: w(
      'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
      'How are complaints, suggestions and feedback handled?',
    ),
    answers: scale(
      ['Tidak ada', 'None'],
      ['Ada tetapi tidak berfungsi', 'Exists but does not work'],
      ['Berfungsi kurang maksimal', 'Works, but not fully'],
      ['Dikelola dengan baik', 'Well managed'],
    ),
  },
  U9: {
    question: w('Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?', 'How good are the facilities?'),
    answers: scale(['Buruk', 'Poor'], ['Cukup', 'Fair'], ['Baik', 'Good'], ['Sangat baik', 'Very good']),
  },
};

/** The national wording with a deployment's question text laid over it. */
export function surveyWording(overrides: Partial<Record<SurveyElement, Wording>> = {}): Record<SurveyElement, ElementWording> {
  const merged = {} as Record<SurveyElement, ElementWording>;
  for (const [element, wording] of Object.entries(NATIONAL_SURVEY_WORDING) as [SurveyElement, ElementWording][]) {
    const question = overrides[element];
    merged[element] = question ? { ...wording, question } : wording;
  }
  return merged;
}

/** The elements’ short names (the regulation’s list), for reports: the questions are long. */
export const SURVEY_ELEMENT_NAMES: Readonly<Record<SurveyElement, Wording>> = {
  U1: { id: 'Persyaratan', en: 'Requirements' },
  U2: { id: 'Sistem, mekanisme, dan prosedur', en: 'System, mechanism and procedure' },
  U3: { id: 'Waktu penyelesaian', en: 'Completion time' },
  U4: { id: 'Biaya/tarif', en: 'Fee' },
  U5: { id: 'Produk spesifikasi jenis pelayanan', en: 'Service product' },
  U6: { id: 'Kompetensi pelaksana', en: 'Staff competence' },
  U7: { id: 'Perilaku pelaksana', en: 'Staff conduct' },
  U8: { id: 'Penanganan pengaduan, saran dan masukan', en: 'Handling of complaints and suggestions' },
  U9: { id: 'Sarana dan prasarana', en: 'Facilities' },
};
