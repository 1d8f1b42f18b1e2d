/**
 * The words a board speaks when a ticket is called, ready for a text-to-speech engine:
 * "Nomor antrean A nol nol tujuh, silakan ke loket tiga". Ticket digits are read one by one,
 * as people read them off the paper; the counter's number is read as a number.
 */
const DIGITS_ID = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
const DIGITS_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS_EN = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS_EN = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Indonesian number words for 0–999 (counters are numbered well below that). */
export function indonesianNumber(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 999) return String(value);
  if (value < 10) return DIGITS_ID[value];
  if (value === 10) return 'sepuluh';
  if (value === 11) return 'sebelas';
  if (value < 20) return `${DIGITS_ID[value - 10]} belas`;
  if (value < 100) {
    const tens = Math.floor(value / 10);
    const rest = value % 10;
    return `${DIGITS_ID[tens]} puluh${rest ? ` ${DIGITS_ID[rest]}` : ''}`;
  }
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  return `${hundreds === 1 ? 'seratus' : `${DIGITS_ID[hundreds]} ratus`}${rest ? ` ${indonesianNumber(rest)}` : ''}`;
}

export function englishNumber(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 999) return String(value);
  if (value < 10) return DIGITS_EN[value];
  if (value < 20) return TEENS_EN[value - 10];
  if (value < 100) return `${TENS_EN[Math.floor(value / 10)]}${value % 10 ? `-${DIGITS_EN[value % 10]}` : ''}`;
  const rest = value % 100;
  return `${DIGITS_EN[Math.floor(value / 100)]} hundred${rest ? ` ${englishNumber(rest)}` : ''}`;
}

export interface CallAnnouncement {
  id: string;
  en: string;
}

/**
 * `ticketNumber` as issued (`A-007`); `counterName` as the deployment names the counter
 * ("Loket 3", "Loket Paspor 2"): a trailing number is spoken as a number, any other name as written.
 */
export function callAnnouncement(ticketNumber: string, counterName: string): CallAnnouncement {
  const [prefix, digits = ''] = ticketNumber.split('-');
  const letters = prefix.split('').join(' ');
  const spell = (words: string[]) => [...digits].map((digit) => words[Number(digit)]).join(' ');
  const match = /^(.*?)(\d+)$/.exec(counterName.trim());
  const counterId = match ? `${spokenName(match[1], 'loket')} ${indonesianNumber(Number(match[2]))}` : counterName.trim();
  const counterEn = match ? `${spokenName(match[1], 'loket', 'counter')} ${englishNumber(Number(match[2]))}` : counterName.trim();
  return {
    id: `Nomor antrean ${letters} ${spell(DIGITS_ID)}, silakan ke ${counterId}`,
    en: `Number ${letters} ${spell(DIGITS_EN)}, please go to ${counterEn}`,
  };
}

function spokenName(name: string, fallback: string, translateLoket?: string): string {
  const trimmed = name.trim().toLowerCase() || fallback;
  return translateLoket ? trimmed.replace(/^loket\b/, translateLoket) : trimmed;
}
