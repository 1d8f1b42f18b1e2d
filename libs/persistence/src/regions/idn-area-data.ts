import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Reads the provinces and kabupaten/kota of the `idn-area-data` package (data under the
 * ODbL, credited in the README). The files are read directly (the package's own API is
 * ESM-only and loads the villages too); they are RFC 4180 CSV, quoted where a name holds a
 * quote (`"Ra""as"`) or a comma, one record per line.
 */
export interface AreaRow {
  code: string;
  name: string;
}

export interface RegencyRow extends AreaRow {
  provinceCode: string;
}

export interface AreaData {
  provinces: AreaRow[];
  regencies: RegencyRow[];
}

export function loadIdnAreaData(): AreaData {
  const provinces = readCsv('provinces.csv', ['code', 'name']).map(([code, name]) => ({ code, name }));
  const regencies = readCsv('regencies.csv', ['code', 'province_code', 'name']).map(([code, provinceCode, name]) => ({
    code,
    provinceCode,
    name,
  }));
  return { provinces, regencies };
}

/** Every kecamatan code (`32.71.01`): the districts a NIK may start with. */
export function loadDistrictCodes(): string[] {
  return readCsv('districts.csv', ['code', 'regency_code', 'name']).map(([code]) => code);
}

function dataDir(): string {
  // createRequire keeps a bundler from resolving the path at build time.
  const packageJson = createRequire(path.join(process.cwd(), 'package.json')).resolve('idn-area-data/package.json');
  return path.join(path.dirname(packageJson), 'data');
}

function readCsv(file: string, header: string[]): string[][] {
  const lines = readFileSync(path.join(dataDir(), file), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.length > 0);
  const [first, ...rows] = lines;
  if (first !== header.join(',')) {
    throw new Error(`idn-area-data ${file}: expected header "${header.join(',')}", got "${first}"`);
  }
  return rows.map((line, index) => {
    const cells = splitCsvLine(line);
    if (!cells || cells.length !== header.length) {
      throw new Error(`idn-area-data ${file} line ${index + 2}: cannot read "${line}"`);
    }
    return cells.map((cell) => cell.trim());
  });
}

/** One CSV record's fields (RFC 4180 quoting, `""` for a quote inside one); null if malformed. */
export function splitCsvLine(line: string): string[] | null {
  const cells: string[] = [];
  let at = 0;
  for (;;) {
    if (line[at] === '"') {
      let value = '';
      let end = at + 1;
      for (;;) {
        const quote = line.indexOf('"', end);
        if (quote < 0) return null;
        value += line.slice(end, quote);
        if (line[quote + 1] !== '"') {
          end = quote + 1;
          break;
        }
        value += '"';
        end = quote + 2;
      }
      cells.push(value);
      at = end;
    } else {
      const comma = line.indexOf(',', at);
      const end = comma < 0 ? line.length : comma;
      const value = line.slice(at, end);
      if (value.includes('"')) return null;
      cells.push(value);
      at = end;
    }
    if (at === line.length) return cells;
    if (line[at] !== ',') return null;
    at += 1;
  }
}
