import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, ApiFailure, unwrap } from '../../shared/api';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { LanguageSwitch } from '../../shared/ui/language-switch';
import { deviceStore, type PairedDevice } from './device-session';

/**
 * A kiosk or board not yet paired: type the short code a region admin created
 * (POST /admin/api/v1/regions/{code}/devices/pairing-codes); the device keeps its token.
 */
export function PairingPage({ kind, onPaired }: { kind: 'kiosk' | 'board'; onPaired: (device: PairedDevice) => void }) {
  const { t } = useTranslation();
  // A QR from the console opens this page with the code filled in (?kode=…).
  const [code, setCode] = useState(() => new URLSearchParams(globalThis.location?.search ?? '').get('kode') ?? '');
  const title = kind === 'kiosk' ? t('device.pairKiosk') : t('device.pairBoard');
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  const pair = useMutation({
    mutationFn: async () => {
      const device = await unwrap(api.POST('/v1/devices/pair', { body: { code } }));
      if (device.kind !== kind) throw new ApiFailure(409, { status: 409, code: 'WRONG_DEVICE_KIND', message: t('device.wrongKind') });
      return device;
    },
    onSuccess: (device) => {
      deviceStore.write(device);
      onPaired(device);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    pair.mutate();
  };
  return (
    <main className={`pairing pairing--${kind}`}>
      <div className="pairing__lang">
        <LanguageSwitch />
      </div>
      <h1>{title}</h1>
      <p>{t('device.pairIntro')}</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={pair.error} />
        <label htmlFor="pairing-code">{t('device.code')}</label>
        <input
          id="pairing-code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
        <button type="submit" disabled={pair.isPending}>
          {t('device.pair')}
        </button>
      </form>
    </main>
  );
}
