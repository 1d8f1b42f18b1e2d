import type { FeedbackErrorCode } from '@mpp/domain';

import type { ErrorText } from './error-text';

/** Bahasa Indonesia and English for the error codes of the satisfaction survey (SKM) and complaints. */
export const FEEDBACK_MESSAGES = {
  SURVEY_ANSWER_INVALID: {
    id: 'Jawaban survei harus per kode unsur U1 sampai U9, masing-masing bilangan bulat 1 sampai 4',
    en: 'Survey answers are per element U1 to U9, each a whole number from 1 to 4',
  },
  SURVEY_PROFILE_INVALID: {
    id: 'Profil responden hanya berisi kelompok umur, jenis kelamin, pendidikan, dan pekerjaan dari pilihan yang tersedia',
    en: 'The respondent profile holds only age group, sex, education and occupation, from the options given',
  },
  SURVEY_SUBJECT_REQUIRED: {
    id: 'Sebutkan tiket yang sudah selesai atau kode permohonan yang sudah selesai; responden langsung hanya melalui kios terdaftar',
    en: 'Name a finished ticket or a finished application; walk-in respondents only through a registered kiosk',
  },
  SURVEY_SUBJECT_AMBIGUOUS: {
    id: 'Sebutkan tiket atau permohonan, tidak keduanya',
    en: 'Name either a ticket or an application, not both',
  },
  SURVEY_NOT_OPEN: {
    id: 'Survei dibuka setelah tiket selesai dilayani atau permohonan selesai',
    en: 'The survey opens once the ticket has been served or the application completed',
  },
  SURVEY_ALREADY_ANSWERED: {
    id: 'Tiket atau permohonan ini sudah dinilai; satu penilaian untuk setiap kunjungan',
    en: 'This ticket or application has been rated already; one rating per visit',
  },
  SURVEY_TALLY_INVALID: {
    id: 'Rekap jawaban survei tidak valid',
    en: 'The survey answer tally is not valid',
  },
  IKM_WEIGHT_MODE_INVALID: {
    id: 'Mode bobot IKM harus printed_0_11 atau exact',
    en: 'The IKM weight mode must be printed_0_11 or exact',
  },
  POPULATION_INVALID: {
    id: 'Jumlah pengguna layanan harus bilangan bulat 0 atau lebih',
    en: 'The number of service users must be a whole number, 0 or more',
  },
  PERIOD_INVALID: {
    id: 'Periode tidak valid: gunakan misalnya 2026, 2026-H1, 2026-Q4, 2026-11, atau from/to berformat YYYY-MM-DD',
    en: 'Not a valid period: use e.g. 2026, 2026-H1, 2026-Q4, 2026-11, or from/to as YYYY-MM-DD',
  },
  COMPLAINT_NOT_FOUND: {
    id: 'Tidak ada pengaduan dengan kode (dan nomor ponsel) ini di wilayah ini',
    en: 'No complaint has this code (and phone number) in this region',
  },
  COMPLAINT_STATE_CONFLICT: {
    id: 'Pengaduan tidak dapat diproses dari statusnya sekarang',
    en: 'The complaint cannot move from its current status',
  },
  COMPLAINT_NOTE_REQUIRED: {
    id: 'Tindakan ini memerlukan catatan yang dapat dibaca pihak lain: alasan pengarsipan, jawaban, atau tanggapan',
    en: 'This action needs a note the other side can read: why it is archived, the answer, or the reply',
  },
  COMPLAINT_LIMIT_REACHED: {
    id: 'Terlalu banyak pengaduan dari nomor ponsel ini hari ini; coba lagi besok',
    en: 'Too many complaints from this phone number today; try again tomorrow',
  },
  INCIDENT_DATE_INVALID: {
    id: 'Tanggal kejadian tidak boleh di masa depan',
    en: 'The incident date cannot be in the future',
  },
  TRACKING_CODE_EXHAUSTED: {
    id: 'Kode pelacakan belum dapat dibuat; coba lagi',
    en: 'No tracking code could be drawn; try again',
  },
  LAPOR_FORWARDING_OFF: {
    id: 'Wilayah ini tidak meneruskan pengaduan ke SP4N-LAPOR!',
    en: 'This region does not forward complaints to SP4N-LAPOR!',
  },
  COMPLAINT_ATTACHMENT_LIMIT_REACHED: {
    id: 'Jumlah lampiran pengaduan ini sudah mencapai batas',
    en: 'This complaint holds as many attachments as it may',
  },
  COMPLAINT_ATTACHMENT_NOT_FOUND: {
    id: 'Pengaduan ini tidak memiliki lampiran dengan id tersebut',
    en: 'This complaint holds no attachment with that id',
  },
  NOTIFICATION_NOT_FOUND: {
    id: 'Tidak ada pemberitahuan dengan id ini di wilayah ini',
    en: 'This region has no notification with that id',
  },
} satisfies Record<FeedbackErrorCode, ErrorText>;
