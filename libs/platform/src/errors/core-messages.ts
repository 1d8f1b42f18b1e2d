import type { CoreErrorCode } from '@mpp/domain';

import type { ErrorText } from './error-text';

/** Bahasa Indonesia and English for the platform-wide error codes: HTTP, access, regions, calendar, integrations. */
export const CORE_MESSAGES = {
  ACCESS_RULE_MISSING: {
    id: 'Rute ini belum menyatakan aturan aksesnya sehingga ditutup',
    en: 'This route declares no access rule and is closed',
  },
  ADMIN_UNAVAILABLE: {
    id: 'API admin tidak dapat dihubungi dari sini; coba lagi sebentar lagi',
    en: 'The admin API cannot be reached from here; try again shortly',
  },
  PASSWORD_CHANGE_REQUIRED: {
    id: 'Buat kata sandi baru terlebih dahulu: kata sandi ini ditetapkan oleh admin',
    en: 'Choose a new password first (POST /v1/auth/password): an admin set this one',
  },
  AGENCY_NOT_DEPLOYED: {
    id: 'Instansi ini tidak ada (atau tidak aktif) dalam deployment wilayah yang berlaku',
    en: 'The region’s live deployment has no such active agency',
  },
  COUNTER_NOT_DEPLOYED: {
    id: 'Loket ini tidak ada (atau tidak aktif) pada instansi tersebut dalam deployment wilayah yang berlaku',
    en: 'The region’s live deployment has no such active counter for that agency',
  },
  ACCOUNT_LOCKED: {
    id: 'Terlalu banyak percobaan masuk yang gagal; akun dikunci sementara, coba lagi nanti',
    en: 'Too many failed sign-ins; the account is locked for a while, try again later',
  },
  API_KEY_INVALID: {
    id: 'API key tidak dikenal, kedaluwarsa, atau sudah dicabut',
    en: 'The API key is unknown, expired or revoked',
  },
  API_KEY_NOT_FOUND: {
    id: 'API key dengan id ini tidak ditemukan',
    en: 'No API key with this id is visible to you',
  },
  API_KEY_REVOKED: {
    id: 'API key yang sudah dicabut tidak dapat diputar; terbitkan yang baru',
    en: 'A revoked key cannot be rotated; issue a new one',
  },
  API_SCOPE_MISSING: {
    id: 'API key tidak memiliki cakupan (scope) yang dibutuhkan rute ini',
    en: 'The API key lacks the scope this route needs',
  },
  API_VERSION_UNKNOWN: {
    id: 'Versi API ini tidak ada; versi yang dilayani tercantum di /docs',
    en: 'This API version does not exist; the versions served are listed at /docs',
  },
  BAD_REQUEST: {
    id: 'Permintaan tidak valid',
    en: 'The request is not valid',
  },
  BAD_URL: {
    id: 'URL tidak valid: pengodean persen harus berupa UTF-8 yang benar',
    en: 'The URL is not valid percent-encoded UTF-8',
  },
  DATABASE_UNAVAILABLE: {
    id: 'Basis data tidak dapat dihubungi; coba lagi setelah waktu pada Retry-After',
    en: 'The database cannot be reached; try again after the time in Retry-After',
  },
  HEADER_TOO_LARGE: {
    id: 'Header permintaan terlalu besar',
    en: 'The request headers are too large',
  },
  JSON_TOO_DEEP: {
    id: 'Isi permintaan JSON bersarang terlalu dalam',
    en: 'The JSON request body nests too deep',
  },
  REQUEST_TIMEOUT: {
    id: 'Permintaan terlalu lama diterima',
    en: 'The request took too long to arrive',
  },
  TEXT_NOT_UTF8: {
    id: 'Berkas bukan teks UTF-8: ada byte yang tidak valid',
    en: 'The file is not UTF-8 text: it holds an invalid byte',
  },
  CALENDAR_OVERRIDE_NOT_FOUND: {
    id: 'Perubahan jadwal dengan id ini tidak ditemukan',
    en: 'No calendar override with this id is visible to you',
  },
  CONFLICT: {
    id: 'Permintaan bertentangan dengan keadaan data saat ini',
    en: 'The request conflicts with the current state of the data',
  },
  CURRENT_PASSWORD_WRONG: {
    id: 'Kata sandi saat ini salah',
    en: 'The current password is wrong',
  },
  DEPLOYMENT_INVALID: {
    id: 'Berkas deployment bermasalah; setiap masalah dan barisnya ada di errors',
    en: 'The deployment file has problems; each one, with its line, is in errors',
  },
  FORBIDDEN: {
    id: 'Anda tidak berhak melakukan ini',
    en: 'You may not do this',
  },
  GATEWAY_TIMEOUT: {
    id: 'Sistem tujuan tidak menjawab tepat waktu',
    en: 'The target system did not answer in time',
  },
  INTERNAL_ERROR: {
    id: 'Terjadi kesalahan yang tidak terduga; sebutkan request id saat meminta bantuan',
    en: 'An unexpected error occurred; quote the request id when asking for support',
  },
  INVALID_CREDENTIALS: {
    id: 'Email atau kata sandi salah',
    en: 'The email or password is wrong',
  },
  NOT_ACCEPTABLE: {
    id: 'Tidak ada jenis isi yang diminta yang dapat dilayani',
    en: 'None of the media types the request accepts can be served',
  },
  INVALID_JSON: {
    id: 'Isi permintaan bukan JSON yang valid',
    en: 'The request body is not valid JSON',
  },
  METHOD_NOT_ALLOWED: {
    id: 'Metode HTTP ini tidak didukung untuk rute ini',
    en: 'This HTTP method is not supported on this route',
  },
  NOT_FOUND: {
    id: 'Rute tidak ditemukan',
    en: 'No such route',
  },
  NATIONAL_CALENDAR_INVALID: {
    id: 'Berkas kalender nasional memuat kesalahan; tidak ada yang diubah (lihat errors untuk baris dan isiannya)',
    en: 'The national calendar file has problems; nothing was changed (see errors for lines and fields)',
  },
  DATE_INVALID: {
    id: 'Tanggal tidak valid: gunakan YYYY-MM-DD atau waktu ISO 8601 yang benar',
    en: 'Not a valid date: use YYYY-MM-DD or a correct ISO 8601 time',
  },
  NOT_READY: {
    id: 'Layanan pendukung belum tersedia',
    en: 'A dependency of this service is not available',
  },
  WORKING_DAYS_INVALID: {
    id: 'Jumlah hari kerja harus bilangan bulat 0 atau lebih',
    en: 'The number of working days must be a whole number, 0 or more',
  },
  TEMPLATE_INVALID: {
    id: 'Berkas templat nasional memuat kesalahan (lihat errors untuk baris dan isiannya)',
    en: 'The national template file has problems (see errors for lines and fields)',
  },
  OSS_CALLBACK_NOT_CONFIGURED: {
    id: 'Callback receiveNIB belum dikonfigurasi di platform ini',
    en: 'The receiveNIB callback is not configured on this platform',
  },
  OSS_TOKEN_INVALID: {
    id: 'Header Token tidak cocok dengan kredensial callback yang disepakati',
    en: 'The Token header does not match the agreed callback credentials',
  },
  OUT_OF_SCOPE: {
    id: 'Ini di luar wilayah atau instansi yang menjadi kewenangan Anda',
    en: 'This is outside the region or agency you act for',
  },
  PAGE_INVALID: {
    id: 'Nomor halaman harus bilangan bulat mulai dari 1',
    en: 'page must be a whole number from 1',
  },
  PAGE_SIZE_INVALID: {
    id: 'Ukuran halaman harus bilangan bulat 1 sampai 100',
    en: 'pageSize must be a whole number from 1 to 100',
  },
  PASSWORD_TOO_WEAK: {
    id: 'Kata sandi terlalu lemah: 12 sampai 128 karakter, tanpa nama akun',
    en: 'The password is too weak: 12 to 128 characters, without the account name',
  },
  PAYLOAD_TOO_LARGE: {
    id: 'Isi permintaan terlalu besar',
    en: 'The request body is larger than the limit',
  },
  PROVINCE_CODE_INVALID: {
    id: 'Kode provinsi harus dua digit, misalnya "32"',
    en: 'A province code is two digits, e.g. "32"',
  },
  PROVINCE_NOT_FOUND: {
    id: 'Tidak ada provinsi dengan kode ini',
    en: 'No province has this code',
  },
  RATE_LIMITED: {
    id: 'Terlalu banyak permintaan; coba lagi setelah waktu pada Retry-After',
    en: 'Too many requests; try again after the time in Retry-After',
  },
  REFRESH_TOKEN_INVALID: {
    id: 'Refresh token tidak valid, kedaluwarsa, atau dicabut; silakan masuk kembali',
    en: 'The refresh token is invalid, expired or revoked; sign in again',
  },
  REGION_CODE_INVALID: {
    id: 'Kode wilayah harus berbentuk kode kabupaten/kota "PP.RR", misalnya "32.71"',
    en: 'The region code must be a kabupaten/kota code "PP.RR", e.g. "32.71"',
  },
  REGION_NOT_DEPLOYED: {
    id: 'kd_daerah bukan wilayah yang dilayani platform ini',
    en: 'kd_daerah is not a region this platform serves',
  },
  REGION_NOT_FOUND: {
    id: 'Tidak ada kabupaten/kota dengan kode ini',
    en: 'No kabupaten/kota has this code',
  },
  ROLE_INVALID: {
    id: 'Peran tidak dikenal',
    en: 'Unknown role',
  },
  ROLE_NOT_ALLOWED: {
    id: 'Peran Anda tidak berhak melakukan ini',
    en: 'Your role may not do this',
  },
  SERVICE_UNAVAILABLE: {
    id: 'Layanan sedang tidak tersedia',
    en: 'The service is unavailable for now',
  },
  STAFF_EMAIL_TAKEN: {
    id: 'Email ini sudah dipakai akun lain',
    en: 'An account with this email exists',
  },
  STAFF_NOT_FOUND: {
    id: 'Akun petugas dengan id ini tidak ditemukan',
    en: 'No staff account with this id is visible to you',
  },
  STAFF_SCOPE_INVALID: {
    id: 'Cakupan wilayah, instansi, atau loket tidak sesuai dengan perannya',
    en: 'The region, agency or counter does not fit the role',
  },
  STAFF_SELF_CHANGE: {
    id: 'Anda tidak dapat menonaktifkan akun sendiri atau mengubah peran sendiri',
    en: 'You cannot disable your own account or change your own role',
  },
  TIME_INVALID: {
    id: 'Waktu harus berformat HH:MM, misalnya "07:30"',
    en: 'A time is HH:MM, e.g. "07:30"',
  },
  TOKEN_INVALID: {
    id: 'Token akses tidak valid atau kedaluwarsa; perbarui atau masuk kembali',
    en: 'The access token is invalid or expired; refresh it or sign in again',
  },
  UNAUTHENTICATED: {
    id: 'Silakan masuk: kirim token akses atau API key',
    en: 'Sign in: send an access token or an API key',
  },
  UNPROCESSABLE: {
    id: 'Permintaan tidak dapat diproses',
    en: 'The request cannot be processed',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    id: 'Jenis isi permintaan tidak didukung; gunakan application/json',
    en: 'This content type is not supported; use application/json',
  },
  VALIDATION_FAILED: {
    id: 'Ada isian permintaan yang tidak valid',
    en: 'The request has invalid fields',
  },
  INVALID_NIK: {
    id: 'NIK tidak valid: 16 digit, kode wilayah dan tanggal lahir yang benar (tanggal +40 untuk perempuan)',
    en: 'Invalid NIK: 16 digits, a real region code and birth date (+40 on the day for women)',
  },
  INVALID_NIB: {
    id: 'NIB tidak valid: harus 13 digit',
    en: 'Invalid NIB: 13 digits',
  },
  INVALID_KBLI: {
    id: 'KBLI tidak valid: harus 5 digit (KBLI 2020)',
    en: 'Invalid KBLI: 5 digits (KBLI 2020)',
  },
  INVALID_PLATE_NUMBER: {
    id: 'Nomor polisi tidak valid: kode wilayah, nomor 1–9999, dan akhiran hingga 3 huruf, misalnya "F 1234 ABC"',
    en: 'Invalid plate number: region letters, 1–9999, and up to 3 letters, e.g. "F 1234 ABC"',
  },
  BUSINESS_NOT_FOUND: {
    id: 'OSS tidak memiliki data usaha dengan NIB ini',
    en: 'OSS has no business with this NIB',
  },
  VEHICLE_NOT_FOUND: {
    id: 'Samsat tidak memiliki data kendaraan dengan nomor polisi ini',
    en: 'Samsat has no vehicle with this plate number',
  },
  UPSTREAM_TIMEOUT: {
    id: 'Sistem eksternal tidak menjawab tepat waktu; coba lagi setelah waktu pada Retry-After',
    en: 'The external system did not answer in time; try again after the time in Retry-After',
  },
  UPSTREAM_UNAVAILABLE: {
    id: 'Sistem eksternal sedang tidak tersedia; coba lagi setelah waktu pada Retry-After',
    en: 'The external system is unavailable; try again after the time in Retry-After',
  },
  CIRCUIT_OPEN: {
    id: 'Sistem eksternal berulang kali gagal; panggilan dihentikan sementara, coba lagi setelah waktu pada Retry-After',
    en: 'The external system failed repeatedly; calls are paused, try again after the time in Retry-After',
  },
  UPSTREAM_BUSY: {
    id: 'Terlalu banyak permintaan ke sistem eksternal sedang berjalan; coba lagi sebentar lagi',
    en: 'Too many calls to the external system are in flight; try again shortly',
  },
  UPSTREAM_REFUSED: {
    id: 'Sistem eksternal menolak akses platform (kredensial, IP, atau kuota); hubungi operator',
    en: 'The external system refused the platform’s access (credentials, IP or quota); contact the operator',
  },
  UPSTREAM_BAD_ANSWER: {
    id: 'Sistem eksternal menjawab di luar kontraknya; hubungi operator',
    en: 'The external system answered outside its contract; contact the operator',
  },
  INTEGRATION_NOT_CONFIGURED: {
    id: 'Wilayah ini belum memiliki adaptor yang berfungsi untuk sistem eksternal ini',
    en: 'This region has no working adapter for this external system',
  },
} satisfies Record<CoreErrorCode, ErrorText>;
