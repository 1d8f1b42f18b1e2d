/** Bahasa Indonesia for the error codes of the satisfaction survey (SKM) and complaints. */
export const FEEDBACK_MESSAGES: Record<string, string> = {
  SURVEY_ANSWER_INVALID: 'Jawaban survei harus per kode unsur U1 sampai U9, masing-masing bilangan bulat 1 sampai 4',
  SURVEY_PROFILE_INVALID:
    'Profil responden hanya berisi kelompok umur, jenis kelamin, pendidikan, dan pekerjaan dari pilihan yang tersedia',
  SURVEY_SUBJECT_REQUIRED:
    'Sebutkan tiket yang sudah selesai atau kode permohonan yang sudah selesai; responden langsung hanya melalui kios terdaftar',
  SURVEY_SUBJECT_AMBIGUOUS: 'Sebutkan tiket atau permohonan, tidak keduanya',
  SURVEY_NOT_OPEN: 'Survei dibuka setelah tiket selesai dilayani atau permohonan selesai',
  SURVEY_ALREADY_ANSWERED: 'Tiket atau permohonan ini sudah dinilai; satu penilaian untuk setiap kunjungan',
  SURVEY_TALLY_INVALID: 'Rekap jawaban survei tidak valid',
  IKM_WEIGHT_MODE_INVALID: 'Mode bobot IKM harus printed_0_11 atau exact',
  POPULATION_INVALID: 'Jumlah pengguna layanan harus bilangan bulat 0 atau lebih',
  PERIOD_INVALID: 'Periode tidak valid: gunakan misalnya 2026, 2026-H1, 2026-Q4, 2026-11, atau from/to berformat YYYY-MM-DD',
  COMPLAINT_NOT_FOUND: 'Tidak ada pengaduan dengan kode (dan nomor ponsel) ini di wilayah ini',
  COMPLAINT_STATE_CONFLICT: 'Pengaduan tidak dapat diproses dari statusnya sekarang',
  COMPLAINT_NOTE_REQUIRED: 'Tindakan ini memerlukan catatan yang dapat dibaca pihak lain: alasan pengarsipan, jawaban, atau tanggapan',
  COMPLAINT_LIMIT_REACHED: 'Terlalu banyak pengaduan dari nomor ponsel ini hari ini; coba lagi besok',
  INCIDENT_DATE_INVALID: 'Tanggal kejadian tidak boleh di masa depan',
  TRACKING_CODE_EXHAUSTED: 'Kode pelacakan belum dapat dibuat; coba lagi',
  LAPOR_FORWARDING_OFF: 'Wilayah ini tidak meneruskan pengaduan ke SP4N-LAPOR!',
};
