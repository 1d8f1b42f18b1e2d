import { useTranslation } from 'react-i18next';

import type { ApiSchema } from '@mpp/api-client';

import { formatRupiah } from '../../shared/format';

/** Fee and completion time, as the service standard states them. */
export function ServiceFacts({ service }: { service: ApiSchema<'ServiceSummaryDto'> }) {
  const { t } = useTranslation();
  const unit = service.completionTime.unit as 'minutes' | 'hours' | 'days' | 'working_days';
  return (
    <dl className="facts">
      <div>
        <dt>{t('citizen.fee')}</dt>
        <dd>{service.fee.free ? t('citizen.free') : formatRupiah(service.fee.amount)}</dd>
      </div>
      <div>
        <dt>{t('citizen.completion')}</dt>
        <dd>{t(`citizen.units.${unit}`, { count: service.completionTime.value })}</dd>
      </div>
    </dl>
  );
}
