/** Bahasa Indonesia for the error codes of applications (permohonan). */
export const APPLICATION_MESSAGES: Record<string, string> = {
  APPLICATION_NOT_FOUND: 'Tidak ada permohonan dengan kode (dan nomor ponsel) ini di wilayah ini',
  APPLICATION_STATE_CONFLICT: 'Permohonan tidak dapat diproses dari statusnya sekarang',
  APPLICATION_NOTE_REQUIRED: 'Tindakan ini memerlukan catatan: apa yang harus diperbaiki, alasan penolakan, atau cara pengambilan hasil',
  TRACKING_CODE_INVALID: 'Kode pelacakan terdiri dari 10 huruf dan angka, misalnya "7KQ2M-9XW4T"',
  REQUIREMENT_UNKNOWN: 'Persyaratan ini tidak termasuk dalam standar pelayanan layanan tersebut',
  DATE_RANGE_INVALID: 'Tanggal awal tidak boleh setelah tanggal akhir',
  DOCUMENT_EMPTY: 'Berkas kosong',
  DOCUMENT_TOO_LARGE: 'Berkas terlalu besar',
  DOCUMENT_TYPE_NOT_ALLOWED: 'Hanya berkas PDF, JPEG, dan PNG yang diterima (diperiksa dari isinya, bukan namanya)',
  DOCUMENT_LIMIT_REACHED: 'Jumlah dokumen permohonan ini sudah mencapai batas',
  DOCUMENT_BODY_REQUIRED: 'Kirim berkasnya sebagai isi permintaan, misalnya dengan content-type application/pdf',
  DOCUMENT_NOT_FOUND: 'Permohonan ini tidak memiliki dokumen dengan id tersebut',
  DOCUMENT_LINK_INVALID: 'Tautan unduhan ini tidak dikenal atau sudah kedaluwarsa',
  SLA_INVALID: 'Jangka waktu pelayanan harus bilangan bulat hari kerja mulai dari 1',
};
