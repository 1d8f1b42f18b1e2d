/**
 * User-facing text is in Bahasa Indonesia, with English available: an error's `message` is
 * Indonesian unless the client prefers English (`Accept-Language: en`). The `code` never
 * changes with the language; `errors[].message` (field detail) stays in English for now.
 */
import { APPLICATION_MESSAGES } from './application-messages';
import { QUEUE_MESSAGES } from './queue-messages';
import { FEEDBACK_MESSAGES } from './feedback-messages';

export type Language = 'id' | 'en';

const CORE_MESSAGES: Record<string, string> = {
  ACCESS_RULE_MISSING: 'Rute ini belum menyatakan aturan aksesnya sehingga ditutup',
  ACCOUNT_LOCKED: 'Terlalu banyak percobaan masuk yang gagal; akun dikunci sementara, coba lagi nanti',
  API_KEY_INVALID: 'API key tidak dikenal, kedaluwarsa, atau sudah dicabut',
  API_KEY_NOT_FOUND: 'API key dengan id ini tidak ditemukan',
  API_KEY_REVOKED: 'API key yang sudah dicabut tidak dapat diputar; terbitkan yang baru',
  API_VERSION_UNKNOWN: 'Versi API ini tidak ada; gunakan versi yang dilayani (lihat /docs)',
  API_SCOPE_MISSING: 'API key tidak memiliki cakupan (scope) yang dibutuhkan rute ini',
  BAD_REQUEST: 'Permintaan tidak valid',
  BAD_URL: 'URL tidak valid: pengodean persen harus berupa UTF-8 yang benar',
  DATABASE_UNAVAILABLE: 'Basis data tidak dapat dihubungi; coba lagi setelah waktu pada Retry-After',
  HEADER_TOO_LARGE: 'Header permintaan terlalu besar',
  JSON_TOO_DEEP: 'Isi permintaan JSON bersarang terlalu dalam',
  REQUEST_TIMEOUT: 'Permintaan terlalu lama diterima',
  TEXT_NOT_UTF8: 'Berkas bukan teks UTF-8: ada byte yang tidak valid',
  CALENDAR_OVERRIDE_NOT_FOUND: 'Perubahan jadwal dengan id ini tidak ditemukan',
  CONFLICT: 'Permintaan bertentangan dengan keadaan data saat ini',
  CURRENT_PASSWORD_WRONG: 'Kata sandi saat ini salah',
  DEPLOYMENT_INVALID: 'Berkas deployment bermasalah; setiap masalah dan barisnya ada di errors',
  FORBIDDEN: 'Anda tidak berhak melakukan ini',
  GATEWAY_TIMEOUT: 'Sistem tujuan tidak menjawab tepat waktu',
  INTERNAL_ERROR: 'Terjadi kesalahan yang tidak terduga; sebutkan request id saat meminta bantuan',
  INVALID_CREDENTIALS: 'Email atau kata sandi salah',
  INVALID_JSON: 'Isi permintaan bukan JSON yang valid',
  METHOD_NOT_ALLOWED: 'Metode HTTP ini tidak didukung untuk rute ini',
  NOT_FOUND: 'Rute tidak ditemukan',
  NATIONAL_CALENDAR_INVALID: 'Berkas kalender nasional memuat kesalahan; tidak ada yang diubah (lihat errors untuk baris dan isiannya)',
  DATE_INVALID: 'Tanggal tidak valid: gunakan YYYY-MM-DD atau waktu ISO 8601 yang benar',
  NOT_READY: 'Layanan pendukung belum tersedia',
  WORKING_DAYS_INVALID: 'Jumlah hari kerja harus bilangan bulat 0 atau lebih',
  TEMPLATE_INVALID: 'Berkas templat nasional memuat kesalahan (lihat errors untuk baris dan isiannya)',
  OSS_CALLBACK_NOT_CONFIGURED: 'Callback receiveNIB belum dikonfigurasi di platform ini',
  OSS_TOKEN_INVALID: 'Header Token tidak cocok dengan kredensial callback yang disepakati',
  OUT_OF_SCOPE: 'Ini di luar wilayah atau instansi yang menjadi kewenangan Anda',
  PAGE_INVALID: 'Nomor halaman harus bilangan bulat mulai dari 1',
  PAGE_SIZE_INVALID: 'Ukuran halaman harus bilangan bulat 1 sampai 100',
  PASSWORD_TOO_WEAK: 'Kata sandi terlalu lemah: 12 sampai 128 karakter, tanpa nama akun',
  PAYLOAD_TOO_LARGE: 'Isi permintaan terlalu besar',
  PROVINCE_CODE_INVALID: 'Kode provinsi harus dua digit, misalnya "32"',
  PROVINCE_NOT_FOUND: 'Tidak ada provinsi dengan kode ini',
  RATE_LIMITED: 'Terlalu banyak permintaan; coba lagi setelah waktu pada Retry-After',
  REFRESH_TOKEN_INVALID: 'Refresh token tidak valid, kedaluwarsa, atau dicabut; silakan masuk kembali',
  REGION_CODE_INVALID: 'Kode wilayah harus berbentuk kode kabupaten/kota "PP.RR", misalnya "32.71"',
  REGION_NOT_DEPLOYED: 'kd_daerah bukan wilayah yang dilayani platform ini',
  REGION_NOT_FOUND: 'Tidak ada kabupaten/kota dengan kode ini',
  ROLE_INVALID: 'Peran tidak dikenal',
  ROLE_NOT_ALLOWED: 'Peran Anda tidak berhak melakukan ini',
  SERVICE_UNAVAILABLE: 'Layanan sedang tidak tersedia',
  STAFF_EMAIL_TAKEN: 'Email ini sudah dipakai akun lain',
  STAFF_NOT_FOUND: 'Akun petugas dengan id ini tidak ditemukan',
  STAFF_SCOPE_INVALID: 'Cakupan wilayah, instansi, atau loket tidak sesuai dengan perannya',
  STAFF_SELF_CHANGE: 'Anda tidak dapat menonaktifkan akun sendiri atau mengubah peran sendiri',
  TIME_INVALID: 'Waktu harus berformat HH:MM, misalnya "07:30"',
  TOKEN_INVALID: 'Token akses tidak valid atau kedaluwarsa; perbarui atau masuk kembali',
  UNAUTHENTICATED: 'Silakan masuk: kirim token akses atau API key',
  UNPROCESSABLE: 'Permintaan tidak dapat diproses',
  UNSUPPORTED_MEDIA_TYPE: 'Jenis isi permintaan tidak didukung; gunakan application/json',
  VALIDATION_FAILED: 'Ada isian permintaan yang tidak valid',
  INVALID_NIK: 'NIK tidak valid: 16 digit, kode wilayah dan tanggal lahir yang benar (tanggal +40 untuk perempuan)',
  INVALID_NIB: 'NIB tidak valid: harus 13 digit',
  INVALID_KBLI: 'KBLI tidak valid: harus 5 digit (KBLI 2020)',
  INVALID_PLATE_NUMBER: 'Nomor polisi tidak valid: kode wilayah, nomor 1–9999, dan akhiran hingga 3 huruf, misalnya "F 1234 ABC"',
  BUSINESS_NOT_FOUND: 'OSS tidak memiliki data usaha dengan NIB ini',
  VEHICLE_NOT_FOUND: 'Samsat tidak memiliki data kendaraan dengan nomor polisi ini',
  UPSTREAM_TIMEOUT: 'Sistem eksternal tidak menjawab tepat waktu; coba lagi setelah waktu pada Retry-After',
  UPSTREAM_UNAVAILABLE: 'Sistem eksternal sedang tidak tersedia; coba lagi setelah waktu pada Retry-After',
  CIRCUIT_OPEN: 'Sistem eksternal berulang kali gagal; panggilan dihentikan sementara, coba lagi setelah waktu pada Retry-After',
  UPSTREAM_BUSY: 'Terlalu banyak permintaan ke sistem eksternal sedang berjalan; coba lagi sebentar lagi',
  UPSTREAM_REFUSED: 'Sistem eksternal menolak akses platform (kredensial, IP, atau kuota); hubungi operator',
  UPSTREAM_BAD_ANSWER: 'Sistem eksternal menjawab di luar kontraknya; hubungi operator',
  INTEGRATION_NOT_CONFIGURED: 'Wilayah ini belum memiliki adaptor yang berfungsi untuk sistem eksternal ini',
};

const INDONESIAN: Record<string, string> = { ...CORE_MESSAGES, ...QUEUE_MESSAGES, ...APPLICATION_MESSAGES, ...FEEDBACK_MESSAGES };

/** The first of Indonesian or English the client accepts, by q-value; Indonesian when it names neither. */
export function preferredLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'id';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = Number(params.find((param) => param.trim().startsWith('q='))?.split('=')[1] ?? '1');
      return { language: tag.split('-')[0], q: Number.isNaN(q) ? 0 : q, index };
    })
    .filter((entry) => (entry.language === 'id' || entry.language === 'en') && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked[0]?.language as Language | undefined) ?? 'id';
}

/** Every code that has an Indonesian message (the English one is where the error is raised). */
export function translatedCodes(): string[] {
  return Object.keys(INDONESIAN);
}

export function localizedMessage(code: string, english: string, language: Language): string {
  return language === 'id' ? (INDONESIAN[code] ?? english) : english;
}
