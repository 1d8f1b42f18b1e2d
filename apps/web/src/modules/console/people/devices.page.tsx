import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import qrcode from 'qrcode-generator';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AdminSchema } from '@mpp/api-client';

import { unwrap } from '../../../shared/api';
import { formatDateTime } from '../../../shared/format';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { Loading } from '../../../shared/ui/page';
import type { Me } from '../console-access';
import { ConsoleFrame } from '../console-frame';
import { adminApi } from '../console-session';

type Pairing = AdminSchema<'PairingCodeDto'>;
const KEY = ['console', '/admin/api/v1/regions/{regionCode}/devices'];

/** `/konsol/wilayah/:region/perangkat`: kiosks and boards; a pairing code (typed, or its QR opened on the device), revoke. */
export function DevicesPage({ me, region }: { me: Me; region: string }) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [pairing, setPairing] = useState<Pairing>();
  const [form, setForm] = useState({ siteCode: '', kind: 'kiosk' as 'kiosk' | 'board', name: '' });
  const devices = useQuery({
    queryKey: [...KEY, region],
    queryFn: () => unwrap(adminApi.GET('/admin/api/v1/regions/{regionCode}/devices', { params: { path: { regionCode: region } } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: KEY });
  const createCode = useMutation({
    mutationFn: () =>
      unwrap(
        adminApi.POST('/admin/api/v1/regions/{regionCode}/devices/pairing-codes', { params: { path: { regionCode: region } }, body: form }),
      ),
    onSuccess: (code) => setPairing(code),
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      unwrap(adminApi.POST('/admin/api/v1/regions/{regionCode}/devices/{id}/revoke', { params: { path: { regionCode: region, id } } })),
    onSuccess: () => refresh(),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    createCode.mutate();
  };
  return (
    <ConsoleFrame title={t('people.devicesTitle', { region })} me={me} region={region}>
      <ErrorSummary error={createCode.error ?? revoke.error ?? devices.error} />
      <form onSubmit={submit} noValidate className="console-form" aria-labelledby="pair-title">
        <h2 id="pair-title">{t('people.pairDevice')}</h2>
        <label htmlFor="device-site">{t('people.siteCode')}</label>
        <input id="device-site" value={form.siteCode} onChange={(event) => setForm({ ...form, siteCode: event.target.value })} />
        <fieldset>
          <legend>{t('people.deviceKind')}</legend>
          {(['kiosk', 'board'] as const).map((kind) => (
            <label key={kind} className="choice">
              <input type="radio" name="device-kind" checked={form.kind === kind} onChange={() => setForm({ ...form, kind })} />
              {t(`people.kind.${kind}`)}
            </label>
          ))}
        </fieldset>
        <label htmlFor="device-name">{t('people.deviceName')}</label>
        <input id="device-name" value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} />
        <p>
          <button type="submit" disabled={createCode.isPending}>
            {t('people.createCode')}
          </button>
        </p>
      </form>
      {pairing && (
        <PairingCode
          pairing={pairing}
          onDone={() => {
            setPairing(undefined);
            void refresh();
          }}
        />
      )}
      <h2>{t('people.devicesList')}</h2>
      {devices.isPending && <Loading />}
      <table className="console-table">
        <thead>
          <tr>
            <th scope="col">{t('people.deviceName')}</th>
            <th scope="col">{t('people.deviceKind')}</th>
            <th scope="col">{t('people.siteCode')}</th>
            <th scope="col">{t('people.status')}</th>
            <th scope="col">{t('people.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {devices.data?.items.map((device) => (
            <tr key={device.id}>
              <th scope="row">{device.name}</th>
              <td>{t(`people.kind.${device.kind}`)}</td>
              <td>{device.siteCode}</td>
              <td>{device.revokedAt ? t('people.revokedAt', { when: formatDateTime(String(device.revokedAt)) }) : t('people.active')}</td>
              <td>
                {!device.revokedAt && (
                  <button
                    type="button"
                    className="button--warning"
                    onClick={() => revoke.mutate(device.id)}
                    aria-label={t('people.revokeNamed', { name: device.name })}
                  >
                    {t('people.revoke')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ConsoleFrame>
  );
}

/** The code to type on the device, and a QR of the device's page with the code filled in. */
function PairingCode({ pairing, onDone }: { pairing: Pairing; onDone: () => void }) {
  const { t } = useTranslation('console');
  const url = `${globalThis.location.origin}/${pairing.kind === 'kiosk' ? 'kiosk' : 'papan'}?kode=${encodeURIComponent(pairing.code)}`;
  const svg = useMemo(() => {
    const code = qrcode(0, 'M');
    code.addData(url);
    code.make();
    return code.createSvgTag({ cellSize: 5, margin: 2, scalable: true });
  }, [url]);
  return (
    <section className="pairing-code" aria-labelledby="pairing-code-title">
      <h2 id="pairing-code-title">{t('people.codeFor', { name: pairing.name })}</h2>
      <p className="pairing-code__value">{pairing.code}</p>
      <p>{t('people.codeHint', { until: formatDateTime(pairing.expiresAt) })}</p>
      <div className="pairing-code__qr" role="img" aria-label={t('people.qrLabel')} dangerouslySetInnerHTML={{ __html: svg }} />
      <button type="button" className="button--secondary" onClick={onDone}>
        {t('people.done')}
      </button>
    </section>
  );
}
