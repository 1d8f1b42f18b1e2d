import type { QueueErrorCode } from '@mpp/domain';

import type { ErrorText } from './error-text';

/** Bahasa Indonesia and English for the error codes of the catalogue, the queue, bookings and devices. */
export const QUEUE_MESSAGES = {
  AGENCY_NOT_FOUND: {
    id: 'Instansi ini tidak melayani di lokasi tersebut',
    en: 'This agency does not serve at that site',
  },
  BOOKING_DATE_INVALID: {
    id: 'Tanggal janji temu harus antara hari ini dan 30 hari ke depan',
    en: 'A booking date is between today and 30 days ahead',
  },
  BOOKING_EXISTS: {
    id: 'Nomor ponsel ini sudah memiliki janji temu untuk layanan ini pada hari yang sama',
    en: 'This mobile number already holds a booking for this service that day',
  },
  BOOKING_LAPSED: {
    id: 'Janji temu sudah lewat lebih dari 10 menit dari jadwalnya; silakan ambil nomor antrean biasa',
    en: 'The booking lapsed more than 10 minutes after its slot began; take a walk-in ticket',
  },
  BOOKING_NOT_ACTIVE: {
    id: 'Janji temu ini sudah dibatalkan atau sudah check-in',
    en: 'This booking was cancelled or has checked in',
  },
  BOOKING_NOT_CANCELLABLE: {
    id: 'Janji temu hanya dapat dibatalkan sebelum jadwalnya dimulai',
    en: 'A booking can be cancelled only before its slot starts',
  },
  BOOKING_NOT_FOUND: {
    id: 'Tidak ada janji temu dengan kode (dan nomor ponsel) ini',
    en: 'No booking has this code (and mobile number)',
  },
  BOOKING_NOT_OFFERED: {
    id: 'Layanan ini hanya melayani antrean langsung, tanpa janji temu',
    en: 'This service takes walk-in tickets only, no bookings',
  },
  CALL_OUT_OF_TURN_NEEDS_SUPERVISOR: {
    id: 'Hanya supervisor yang dapat memanggil nomor yang masih menunggu di luar urutan; petugas memanggil nomor berikutnya',
    en: 'Only a supervisor calls a waiting ticket out of turn; officers call the next one',
  },
  CHECK_IN_TOO_EARLY: {
    id: 'Check-in dibuka 30 menit sebelum jadwal janji temu',
    en: 'Check-in opens 30 minutes before the booked slot',
  },
  COUNTER_BUSY: {
    id: 'Loket masih memanggil atau melayani satu nomor; selesaikan, lewati, tunda, atau alihkan dahulu',
    en: 'The counter is still calling or serving a ticket; finish, skip, hold or transfer it first',
  },
  COUNTER_CLOSED: {
    id: 'Loket belum dibuka',
    en: 'The counter is not open',
  },
  COUNTER_NOT_FOUND: {
    id: 'Tidak ada loket aktif dengan kode ini',
    en: 'No active counter has this code',
  },
  COUNTER_TAKEN: {
    id: 'Loket ini sedang dibuka oleh petugas lain',
    en: 'Another officer has this counter open',
  },
  DAILY_QUOTA_REACHED: {
    id: 'Kuota antrean layanan ini untuk hari ini sudah habis',
    en: 'Today’s tickets for this service are all taken',
  },
  DEPLOYMENT_NOT_FOUND: {
    id: 'Kabupaten/kota ini belum memiliki MPP di platform ini',
    en: 'This kabupaten/kota has no MPP on this platform yet',
  },
  DEVICE_NOT_FOUND: {
    id: 'Tidak ada perangkat dengan id ini di wilayah ini',
    en: 'No device with this id in this region',
  },
  PAIRING_CODE_INVALID: {
    id: 'Kode pemasangan ini tidak berlaku (salah ketik, sudah dipakai, atau kedaluwarsa); minta kode baru kepada admin daerah',
    en: 'This pairing code is not valid (mistyped, used or expired); ask the region admin for a new one',
  },
  DEVICE_OUT_OF_SCOPE: {
    id: 'Perangkat ini terdaftar untuk lokasi atau fungsi lain',
    en: 'This device is registered to another site or function',
  },
  DEVICE_TOKEN_INVALID: {
    id: 'Token perangkat tidak dikenal atau sudah dicabut',
    en: 'The device token is unknown or revoked',
  },
  DEVICE_TOKEN_REQUIRED: {
    id: 'Rute ini khusus untuk kios dan layar antrean yang terdaftar: kirim X-Device-Token',
    en: 'This route is for the registered kiosks and boards: send X-Device-Token',
  },
  IDEMPOTENCY_KEY_INVALID: {
    id: 'Idempotency-Key harus 1 sampai 255 karakter ASCII yang terlihat',
    en: 'Idempotency-Key must be 1 to 255 visible ASCII characters',
  },
  IDEMPOTENCY_KEY_REUSED: {
    id: 'Idempotency-Key ini sudah dipakai untuk permintaan lain; gunakan kunci baru',
    en: 'This Idempotency-Key was used for another request; use a new key',
  },
  NO_CURRENT_TICKET: {
    id: 'Loket ini tidak sedang melayani nomor antrean; panggil satu nomor dahulu',
    en: 'This counter is serving no ticket; call one first',
  },
  PHONE_INVALID: {
    id: 'Nomor ponsel diawali 08 atau +628 dan terdiri dari 10 sampai 13 digit',
    en: 'A mobile number starts with 08 or +628 and has 10 to 13 digits',
  },
  PRIORITY_NEEDS_KIOSK: {
    id: 'Antrean prioritas ditandai di kios atau oleh petugas, tempat hal itu dapat diperiksa',
    en: 'Priority is marked at a kiosk or by an officer, where it can be checked',
  },
  QUEUE_EMPTY: {
    id: 'Tidak ada yang menunggu untuk layanan loket ini',
    en: 'Nobody is waiting for the services of this counter',
  },
  SERVICE_CLOSED: {
    id: 'Layanan sedang tutup',
    en: 'The service is closed now',
  },
  SERVICE_NOT_FOUND: {
    id: 'Tidak ada layanan aktif dengan kode ini',
    en: 'No active service has this code',
  },
  SITE_NOT_FOUND: {
    id: 'Tidak ada lokasi MPP aktif dengan kode ini',
    en: 'No active MPP site has this code',
  },
  SLOT_FULL: {
    id: 'Semua tempat pada jadwal ini sudah terisi; pilih jadwal lain',
    en: 'Every place in this slot is taken; pick another slot',
  },
  SLOT_INVALID: {
    id: 'Waktu ini bukan awal salah satu jadwal layanan pada hari itu',
    en: 'This time is not the start of one of the service’s slots that day',
  },
  SLOT_PASSED: {
    id: 'Jadwal ini sudah dimulai; pilih jadwal berikutnya',
    en: 'This slot has already begun; pick a later one',
  },
  TICKET_NOT_FOUND: {
    id: 'Nomor antrean tidak ditemukan',
    en: 'No such ticket',
  },
  TICKET_NUMBER_INVALID: {
    id: 'Nomor antrean terdiri dari huruf, tanda hubung, dan angka, misalnya "A-007"',
    en: 'A ticket number is letters, a dash and digits, e.g. "A-007"',
  },
  TICKET_STATE_CONFLICT: {
    id: 'Nomor antrean tidak dapat diproses dari keadaannya sekarang',
    en: 'The ticket cannot move from its current state',
  },
  TICKETS_CLOSED: {
    id: 'Pengambilan nomor antrean hari ini sudah ditutup',
    en: 'Tickets for today are no longer issued',
  },
  TRANSFER_TO_SAME_SERVICE: {
    id: 'Nomor antrean sudah berada di layanan ini',
    en: 'The ticket is already in this service’s line',
  },
  WALK_IN_NOT_OFFERED: {
    id: 'Layanan ini hanya melalui janji temu; silakan pesan jadwal',
    en: 'This service is by booking only; book a slot',
  },
} satisfies Record<QueueErrorCode, ErrorText>;
