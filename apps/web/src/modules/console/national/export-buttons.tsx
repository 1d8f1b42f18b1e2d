import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiFailure } from '../../../shared/api';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { adminApi } from '../console-session';

/**
 * CSV and XLSX of the table as filtered. The file is fetched with the session's token (a plain
 * link would carry none) and handed to the browser as a download.
 */
export function ExportButtons({ filters }: { filters: Record<string, string | undefined> }) {
  const { t } = useTranslation('console');
  const [error, setError] = useState<unknown>(null);
  const download = async (format: 'csv' | 'xlsx') => {
    setError(null);
    const { data, response } = await adminApi.GET('/admin/api/v1/national/regions/export', {
      params: { query: { ...filters, format } },
      parseAs: 'blob',
    });
    if (!response.ok || !data) return setError(new ApiFailure(response.status, undefined));
    const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `mpp-nasional.${format}`;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(data as Blob);
    link.download = name;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <div className="console-actions">
      <button type="button" onClick={() => void download('csv')}>
        {t('national.exportCsv')}
      </button>
      <button type="button" onClick={() => void download('xlsx')}>
        {t('national.exportXlsx')}
      </button>
      <ErrorSummary error={error} />
    </div>
  );
}
