import ExcelJS from 'exceljs';

import type { SatisfactionReportDto } from './survey-responses.dto';

type Cell = string | number | boolean | null;

/** The report as rows of sections, shared by the CSV and the XLSX so both say the same. */
function sections(report: SatisfactionReportDto): { title: string; rows: Cell[][] }[] {
  const scope = [report.scope.regionCode, report.scope.siteCode, report.scope.agencyCode, report.scope.serviceCode]
    .filter(Boolean)
    .join(' / ');
  return [
    {
      title: 'Indeks Kepuasan Masyarakat (IKM)',
      rows: [
        ['Lingkup', scope],
        ['Periode', `${report.period.label} (${report.period.from} s.d. ${report.period.to})`],
        ['Mode bobot', `${report.weightMode} (${report.weight})`],
        ['IKM', report.ikm],
        ['Mutu', report.grade],
        ['Kinerja', report.kinerja],
        ['Di bawah skala', report.belowScale],
        ['Unsur terlemah', report.weakestElement],
        ['Responden', report.sample.respondents],
        ['Pengguna layanan (populasi)', report.sample.population],
        ['Sampel minimal (Krejcie-Morgan)', report.sample.required],
        ['Sampel tercapai', report.sample.reached],
      ],
    },
    {
      title: 'Nilai per unsur',
      rows: [
        ['Unsur', 'Nama', 'Jumlah jawaban', 'Jumlah nilai', 'NRR', 'NRR x 25'],
        ...report.elements.map((e): Cell[] => [e.element, e.name.id, e.answers, e.sum, e.nrr, e.score]),
      ],
    },
    {
      title: 'Responden menurut profil',
      rows: [
        ['Profil', 'Nilai', 'Responden'],
        ...report.respondentsByProfile.map((p): Cell[] => [p.field, p.value ?? '(tidak diisi)', p.respondents]),
      ],
    },
    {
      title: 'Saran',
      rows: [
        ['Tanggal', 'Instansi', 'Layanan', 'Saran'],
        ...report.suggestions.map((s): Cell[] => [s.serviceDate, s.agencyCode, s.serviceCode, s.suggestion]),
      ],
    },
  ];
}

/**
 * RFC 4180 CSV. Text a citizen typed (suggestions) that starts like a formula is prefixed with
 * an apostrophe, so opening the file in a spreadsheet never runs it (CSV injection).
 */
export function reportCsv(report: SatisfactionReportDto): string {
  const lines: string[] = [];
  for (const section of sections(report)) {
    lines.push(csvRow([section.title]));
    for (const row of section.rows) lines.push(csvRow(row));
    lines.push('');
  }
  return lines.join('\r\n');
}

export async function reportXlsx(report: SatisfactionReportDto): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MPP Platform';
  const names = ['IKM', 'Unsur', 'Profil', 'Saran'];
  sections(report).forEach((section, index) => {
    const sheet = workbook.addWorksheet(names[index]);
    sheet.addRow([section.title]).font = { bold: true };
    for (const row of section.rows) sheet.addRow(row.map((cell) => (typeof cell === 'string' ? defused(cell) : cell)));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvRow(cells: readonly Cell[]): string {
  return cells
    .map((cell) => {
      const text = cell === null ? '' : typeof cell === 'string' ? defused(cell) : String(cell);
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}

function defused(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
