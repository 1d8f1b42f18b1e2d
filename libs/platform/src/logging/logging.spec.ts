import pino from 'pino';

import { REDACTED_PATHS } from './logging';

describe('log redaction', () => {
  it('drops the bound values of a failed query, which hold personal data', () => {
    const lines: string[] = [];
    const logger = pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, { write: (line: string) => void lines.push(line) });
    const error = Object.assign(new Error('inconsistent types deduced for parameter $10'), {
      query: 'INSERT INTO application (applicant_name, applicant_phone) VALUES ($1, $2)',
      parameters: ['Siti Rahayu', '+6281234567890'],
      driverError: { parameters: ['Siti Rahayu'] },
    });
    logger.error({ err: error }, 'unexpected error');
    expect(lines.join('')).not.toMatch(/Siti|6281234567890/);
    expect(JSON.parse(lines[0]).err).toMatchObject({ parameters: '[redacted]', driverError: { parameters: '[redacted]' } });
  });
});
