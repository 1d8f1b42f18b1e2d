import type { ApplicationErrorCode } from '@mpp/domain';

import type { ErrorText } from './error-text';

/** Bahasa Indonesia and English for the error codes of applications (permohonan). */
export const APPLICATION_MESSAGES = {
  APPLICATION_NOT_FOUND: {
    id: 'Tidak ada permohonan dengan kode (dan nomor ponsel) ini di wilayah ini',
    en: 'No application has this code (and phone number) in this region',
  },
  APPLICATION_STATE_CONFLICT: {
    id: 'Permohonan tidak dapat diproses dari statusnya sekarang',
    en: 'The application cannot move from its current status',
  },
  APPLICATION_NOTE_REQUIRED: {
    id: 'Tindakan ini memerlukan catatan: apa yang harus diperbaiki, alasan penolakan, atau cara pengambilan hasil',
    en: 'This action needs a note: what to fix, why it is rejected, or how to collect the result',
  },
  TRACKING_CODE_INVALID: {
    id: 'Kode pelacakan terdiri dari 10 huruf dan angka, misalnya "7KQ2M-9XW4T"',
    en: 'A tracking code has 10 letters and digits, e.g. "7KQ2M-9XW4T"',
  },
  REQUIREMENT_UNKNOWN: {
    id: 'Persyaratan ini tidak termasuk dalam standar pelayanan layanan tersebut',
    en: 'This requirement is not part of the service’s standard',
  },
  DATE_RANGE_INVALID: {
    id: 'Tanggal awal tidak boleh setelah tanggal akhir',
    en: 'The start date must not be after the end date',
  },
  DOCUMENT_EMPTY: {
    id: 'Berkas kosong',
    en: 'The file is empty',
  },
  DOCUMENT_TOO_LARGE: {
    id: 'Berkas terlalu besar',
    en: 'The file is too large',
  },
  DOCUMENT_TYPE_NOT_ALLOWED: {
    id: 'Hanya berkas PDF, JPEG, dan PNG yang diterima (diperiksa dari isinya, bukan namanya)',
    en: 'Only PDF, JPEG and PNG files are accepted (checked by their content, not their name)',
  },
  DOCUMENT_LIMIT_REACHED: {
    id: 'Jumlah dokumen permohonan ini sudah mencapai batas',
    en: 'This application holds as many documents as it may',
  },
  DOCUMENT_BODY_REQUIRED: {
    id: 'Kirim berkasnya sebagai isi permintaan, misalnya dengan content-type application/pdf',
    en: 'Send the file itself as the body, e.g. with content-type application/pdf',
  },
  DOCUMENT_NOT_FOUND: {
    id: 'Permohonan ini tidak memiliki dokumen dengan id tersebut',
    en: 'This application holds no document with that id',
  },
  DOCUMENT_LINK_INVALID: {
    id: 'Tautan unduhan ini tidak dikenal atau sudah kedaluwarsa',
    en: 'This download link is unknown or has expired',
  },
  WEBHOOK_URL_REFUSED: {
    id: 'URL ini tidak dapat menerima webhook: di produksi hanya https dan bukan alamat loopback, privat, atau link-local',
    en: 'This URL cannot receive webhooks: in production only https, and no loopback, private or link-local address',
  },
  WEBHOOK_EVENT_NOT_ALLOWED: {
    id: 'API key ini tidak berhak menerima peristiwa tersebut',
    en: 'This API key may not receive that event',
  },
  WEBHOOK_SUBSCRIPTION_NOT_FOUND: {
    id: 'API key ini tidak memiliki langganan webhook dengan id tersebut',
    en: 'This API key has no webhook subscription with that id',
  },
  SLA_INVALID: {
    id: 'Jangka waktu pelayanan harus bilangan bulat hari kerja mulai dari 1',
    en: 'The service time must be a whole number of working days from 1',
  },
} satisfies Record<ApplicationErrorCode, ErrorText>;
