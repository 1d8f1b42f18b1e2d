import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A secret the platform shows once (an API key, a device token): in a box with a copy button,
 * and the reminder that it will not be shown again.
 */
export function SecretOnce({ label, secret }: { label: string; secret: string }) {
  const { t } = useTranslation('console');
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(secret);
    setCopied(true);
  };
  return (
    <div className="secret-once" role="region" aria-label={label}>
      <h3>{label}</h3>
      <p>{t('people.secretOnce')}</p>
      <p>
        <code className="secret-once__value">{secret}</code>
      </p>
      <button type="button" onClick={() => void copy()}>
        {t('people.copy')}
      </button>
      <span role="status">{copied ? t('people.copied') : ''}</span>
    </div>
  );
}
