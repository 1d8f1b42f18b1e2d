import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiSchema } from '@mpp/api-client';

import { formatMoment, ianaZone } from '../../shared/format';
import { QrCode } from '../../shared/ui/qr-code';
import { useMall, useService } from '../citizen/citizen-queries';

/**
 * The printed slip (58 or 80 mm thermal paper, through the browser's print): number, service,
 * time, and a QR code of the ticket's page so the visitor follows the queue on the phone.
 */
export function TicketSlip({ ticket, serviceName, paper }: { ticket: ApiSchema<'TicketDto'>; serviceName?: string; paper: '58' | '80' }) {
  const { t } = useTranslation();
  // A checked-in booking arrives with codes only: the slip names the service in words, as for a walk-in.
  const detail = useService(ticket.regionCode, ticket.agencyCode, ticket.serviceCode, serviceName === undefined);
  const name = serviceName ?? detail.data?.name;
  // Printed on the mall's clock (WIB, WITA or WIT), not the kiosk computer's.
  const mall = useMall(ticket.regionCode);
  const zone = ianaZone(mall.data?.timeZone);
  // Printed once the name and the mall's clock are known (or could not be read: the number matters most).
  const ready = (name !== undefined || detail.isError) && (mall.data !== undefined || mall.isError);
  const url = `${location.origin}/warga/${ticket.regionCode}/tiket/${ticket.id}`;
  useEffect(() => {
    if (!ready) return;
    // Prints once the slip is on screen; a kiosk browser started with --kiosk-printing prints without a dialog.
    const timer = setTimeout(() => window.print(), 300);
    return () => clearTimeout(timer);
  }, [ticket.id, ready]);
  return (
    <section className={`slip slip--${paper}`} aria-labelledby="slip-number" data-ticket-url={url}>
      <p className="slip__label">{t('kiosk.yourNumber')}</p>
      <p className="slip__number" id="slip-number">
        {ticket.number}
      </p>
      <p className="slip__service">{name ?? ticket.serviceCode}</p>
      {ticket.priority && <p className="slip__priority">{t(`kiosk.priority.${ticket.priority as 'elderly'}`)}</p>}
      <p className="slip__time">{formatMoment(ticket.arrivedAt, zone)}</p>
      <QrCode className="slip__qr" url={url} label={t('kiosk.qrAlt')} />
      <p className="slip__hint">{t('kiosk.qrHint')}</p>
    </section>
  );
}
