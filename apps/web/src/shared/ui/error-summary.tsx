import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiFailure } from '../api';

/**
 * GOV.UK's error summary: a titled box at the top that takes the focus, listing what went
 * wrong in the API's own words (its message, then each field's problem).
 */
export function ErrorSummary({ error, extra }: { error: unknown; extra?: string }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [error]);
  if (!error) return null;
  // The API's message is in the visitor's language; the per-field details of a refusal are
  // for developers, so only a validation failure lists them.
  const lines =
    error instanceof ApiFailure
      ? [error.message, ...(error.code === 'VALIDATION_FAILED' ? (error.body?.errors ?? []).map((item) => item.message) : [])]
      : [t('common.networkError')];
  if (extra) lines.push(extra);
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('common.problem')}</h2>
      <ul>
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
