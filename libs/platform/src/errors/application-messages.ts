/** Bahasa Indonesia for the error codes of applications (permohonan). */
export const APPLICATION_MESSAGES: Record<string, string> = {
  APPLICATION_NOT_FOUND: 'Tidak ada permohonan dengan kode (dan nomor ponsel) ini di wilayah ini',
  APPLICATION_STATE_CONFLICT: 'Permohonan tidak dapat diproses dari statusnya sekarang',
  APPLICATION_NOTE_REQUIRED: 'Tindakan ini memerlukan catatan: apa yang harus diperbaiki, alasan penolakan, atau cara pengambilan hasil',
  TRACKING_CODE_INVALID: 'Kode pelacakan terdiri dari 10 huruf dan angka, misalnya "7KQ2M-9XW4T"',
  REQUIREMENT_UNKNOWN: 'Persyaratan ini tidak termasuk dalam standar pelayanan layanan tersebut',
  DATE_RANGE_INVALID: 'Tanggal awal tidak boleh setelah tanggal akhir',
  SLA_INVALID: 'Jangka waktu pelayanan harus bilangan bulat hari kerja mulai dari 1',
};
