import { useTranslation } from 'react-i18next';

import { useOnline } from '../use-online';

/** Says so when the screen has lost the network or its live stream; it goes away by itself. */
export function ConnectionBanner({ reconnecting = false }: { reconnecting?: boolean }) {
  const { t } = useTranslation();
  const online = useOnline();
  const text = !online ? t('common.offline') : reconnecting ? t('common.reconnecting') : '';
  return (
    <div role="status" aria-live="polite" className={text ? 'banner banner--warning' : 'banner banner--hidden'}>
      {text}
    </div>
  );
}
