import ExcelJS from 'exceljs';

import type { Language } from '@mpp/platform';

import type { QueueReportDto, ReportFiguresDto } from './queue-report.dto';

type Cell = string | number | null;
interface Section {
  sheet: string;
  title: string;
  rows: Cell[][];
}

const TEXT = {
  id: {
    summary: ['Ringkasan', 'Laporan antrean'],
    scope: 'Lingkup',
    period: 'Periode',
    all: 'semua',
    check: 'Dilayani + tidak hadir + batal + belum selesai = tiket',
    days: ['Per hari', 'Per hari'],
    hours: ['Per jam', 'Per jam kedatangan (waktu setempat)'],
    sites: ['Per lokasi', 'Per lokasi'],
    agencies: ['Per instansi', 'Per instansi'],
    services: ['Per layanan', 'Per layanan'],
    counters: ['Per loket', 'Per loket'],
    date: 'Tanggal',
    hour: 'Jam',
    site: 'Lokasi',
    agency: 'Instansi',
    service: 'Layanan',
    counter: 'Loket',
    notCalled: '(belum dipanggil)',
    figures: [
      'Tiket',
      'Dilayani',
      'Tidak hadir',
      'Batal',
      'Belum selesai',
      'Dipanggil',
      'Rata-rata tunggu (menit)',
      'P90 tunggu (menit)',
      'Rata-rata layanan (menit)',
      'P90 layanan (menit)',
    ],
  },
  en: {
    summary: ['Summary', 'Queue report'],
    scope: 'Scope',
    period: 'Period',
    all: 'all',
    check: 'Served + no-shows + cancelled + unfinished = tickets',
    days: ['By day', 'By day'],
    hours: ['By hour', 'By hour of arrival (local time)'],
    sites: ['By site', 'By site'],
    agencies: ['By agency', 'By agency'],
    services: ['By service', 'By service'],
    counters: ['By counter', 'By counter'],
    date: 'Date',
    hour: 'Hour',
    site: 'Site',
    agency: 'Agency',
    service: 'Service',
    counter: 'Counter',
    notCalled: '(not called yet)',
    figures: [
      'Tickets',
      'Served',
      'No-shows',
      'Cancelled',
      'Unfinished',
      'Called',
      'Mean wait (min)',
      'P90 wait (min)',
      'Mean service (min)',
      'P90 service (min)',
    ],
  },
} as const;

function values(figures: ReportFiguresDto): Cell[] {
  return [
    figures.tickets,
    figures.served,
    figures.noShows,
    figures.cancelled,
    figures.unfinished,
    figures.called,
    figures.meanWaitMinutes,
    figures.p90WaitMinutes,
    figures.meanServiceMinutes,
    figures.p90ServiceMinutes,
  ];
}

/** The report as sections of rows, shared by the CSV and the XLSX so both say the same. */
function sections(report: QueueReportDto, language: Language): Section[] {
  const text = TEXT[language];
  const { scope } = report;
  const within = [scope.regionCode, scope.siteCode, scope.agencyCode, scope.serviceCode, scope.counterCode].filter(Boolean).join(' / ');
  const table = (key: 'days' | 'hours' | 'sites' | 'agencies' | 'services' | 'counters', head: string[], rows: Cell[][]): Section => ({
    sheet: text[key][0],
    title: text[key][1],
    rows: [[...head, ...text.figures], ...rows],
  });
  return [
    {
      sheet: text.summary[0],
      title: text.summary[1],
      rows: [
        [text.scope, within],
        [text.period, `${report.period.label} (${report.period.from} – ${report.period.to})`],
        [],
        [...text.figures],
        values(report.totals),
        [],
        [text.check],
      ],
    },
    table(
      'days',
      [text.date],
      report.days.map((row) => [row.date, ...values(row)]),
    ),
    table(
      'hours',
      [text.hour],
      report.hours.map((row) => [`${String(row.hour).padStart(2, '0')}:00`, ...values(row)]),
    ),
    table(
      'sites',
      [text.site],
      report.sites.map((row) => [row.siteCode, ...values(row)]),
    ),
    table(
      'agencies',
      [text.agency],
      report.agencies.map((row) => [row.agencyCode, ...values(row)]),
    ),
    table(
      'services',
      [text.agency, text.service],
      report.services.map((row) => [row.agencyCode, row.serviceCode, ...values(row)]),
    ),
    table(
      'counters',
      [text.agency, text.counter],
      report.counters.map((row) => [row.agencyCode, row.counterCode ?? text.notCalled, ...values(row)]),
    ),
  ];
}

/** RFC 4180 CSV, one section after another, each under its title. */
export function queueReportCsv(report: QueueReportDto, language: Language): string {
  const lines: string[] = [];
  for (const section of sections(report, language)) {
    lines.push(csvRow([section.title]));
    for (const row of section.rows) lines.push(csvRow(row));
    lines.push('');
  }
  return lines.join('\r\n');
}

/** One sheet per section; the summary's totals are the second row of figures on its first sheet. */
export async function queueReportXlsx(report: QueueReportDto, language: Language): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MPP Platform';
  for (const section of sections(report, language)) {
    const sheet = workbook.addWorksheet(section.sheet);
    sheet.addRow([section.title]).font = { bold: true };
    section.rows.forEach((row, index) => {
      const added = sheet.addRow(row);
      if (index === 0 && section.sheet !== TEXT[language].summary[0]) added.font = { bold: true };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvRow(cells: readonly Cell[]): string {
  return cells
    .map((cell) => {
      // Codes come from the deployment file, not from citizens; still, nothing may open as a formula.
      const text = cell === null ? '' : typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : String(cell);
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}
