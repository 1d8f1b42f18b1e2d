import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The workspace root, where `.spectral.yaml` and node_modules are. */
const WORKSPACE = path.resolve(__dirname, '../../..');

export interface SpectralFinding {
  code: string;
  message: string;
  path: string[];
  /** 0 error, 1 warning, 2 information, 3 hint. */
  severity: number;
}

export interface SpectralCounts {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

/**
 * Lints an OpenAPI document with the repository's ruleset (`.spectral.yaml`: spectral:oas and
 * the OWASP API Security ruleset) through the Spectral CLI, as an integrator or CI would run it.
 */
export async function lintOpenApiDocument(
  document: unknown,
  name: string,
): Promise<{ findings: SpectralFinding[]; counts: SpectralCounts }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'mpp-spectral-'));
  const file = path.join(folder, `${name}.json`);
  writeFileSync(file, JSON.stringify(document, null, 2));
  try {
    const cli = path.join(WORKSPACE, 'node_modules/@stoplight/spectral-cli/dist/index.js');
    const args = [
      cli,
      'lint',
      file,
      '--ruleset',
      path.join(WORKSPACE, '.spectral.yaml'),
      '--format',
      'json',
      '--fail-severity',
      'hint',
      '--quiet',
    ];
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, args, { cwd: WORKSPACE, maxBuffer: 64 * 1024 * 1024 }, (error, out, err) => {
        // Exit code 1 means findings (read them from stdout); anything else is Spectral failing.
        if (error && (error as { code?: number }).code !== 1) reject(new Error(`spectral failed: ${err || error.message}`));
        else resolve(out);
      });
    });
    const findings = (stdout.trim() === '' ? [] : JSON.parse(stdout)) as SpectralFinding[];
    const count = (severity: number) => findings.filter((finding) => finding.severity === severity).length;
    return { findings, counts: { errors: count(0), warnings: count(1), infos: count(2), hints: count(3) } };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** One line per finding, for a test failure a reader can act on. */
export function describeFindings(findings: SpectralFinding[]): string[] {
  const names = ['error', 'warning', 'info', 'hint'];
  return findings.map((finding) => `${names[finding.severity]} ${finding.code} at ${finding.path.join('.')}: ${finding.message}`);
}
