import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Reads the provinces and kabupaten/kota of the `idn-area-data` package (data under the
 * ODbL, credited in the README). The package's own API is ESM-only, so its CSV files are
 * read directly; they hold plain comma-separated values without quoting.
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
    const cells = line.split(',');
    if (cells.length !== header.length || line.includes('"')) {
      throw new Error(`idn-area-data ${file} line ${index + 2}: cannot read "${line}"`);
    }
    return cells.map((cell) => cell.trim());
  });
}
