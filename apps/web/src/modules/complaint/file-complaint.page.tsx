import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

import type { ApiSchema } from '@mpp/api-client';

import { api, unwrap } from '../../shared/api';
import { formatDay } from '../../shared/format';
import { ErrorSummary } from '../../shared/ui/error-summary';
import { Page } from '../../shared/ui/page';
import { useAgencies } from '../citizen/citizen-queries';
import { Field, fieldProblem } from './complaint-fields';

type Category = ApiSchema<'FileComplaintDto'>['category'];
const CATEGORIES: Category[] = ['pelayanan', 'petugas', 'biaya', 'waktu', 'sarana', 'informasi', 'pungli', 'lainnya'];

/** Today on the phone's calendar, the latest an incident can have happened. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * `/warga/32.71/pengaduan`: a citizen files a complaint (pengaduan) with the mall: what happened,
 * when and where, the agency (and service) it concerns, a category, and who they are; anonymous
 * hides them from the agency, secret keeps it off the public list. The answer is the tracking code
 * and the working-day deadlines; the reporter follows it with that code and their phone number.
 */
export function FileComplaintPage({ region }: { region: string }) {
  const { t } = useTranslation();
  const agencies = useAgencies(region);
  const [form, setForm] = useState({
    title: '',
    account: '',
    incidentDate: today(),
    incidentPlace: '',
    agencyCode: '',
    serviceCode: '',
    category: 'pelayanan' as Category,
    anonymous: false,
    secret: false,
    name: '',
    phone: '',
    nik: '',
  });
  const set = (patch: Partial<typeof form>) => setForm((current) => ({ ...current, ...patch }));
  const services = useQuery({
    queryKey: ['/v1/regions/{code}/services', region, { agency: form.agencyCode, pageSize: 100 }],
    queryFn: () =>
      unwrap(
        api.GET('/v1/regions/{code}/services', { params: { path: { code: region }, query: { agency: form.agencyCode, pageSize: 100 } } }),
      ),
    enabled: form.agencyCode !== '',
  });
  const file = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/regions/{code}/complaints', {
          params: { path: { code: region } },
          body: {
            title: form.title.trim(),
            account: form.account.trim(),
            incidentDate: form.incidentDate,
            incidentPlace: form.incidentPlace.trim(),
            agencyCode: form.agencyCode,
            serviceCode: form.serviceCode || undefined,
            category: form.category,
            anonymous: form.anonymous,
            secret: form.secret,
            reporter: { name: form.name.trim(), phone: form.phone.trim(), nik: form.nik.trim() || undefined },
          },
        }),
      ),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file.isPending) file.mutate();
  };
  const problem = (path: string) => fieldProblem(file.error, path);

  if (file.data) {
    const filed = file.data;
    return (
      <Page title={t('complaint.filedTitle')} back={`/warga/${region}`}>
        <div className="card" role="status">
          <p>{filed.message}</p>
          <p className="complaint__code">
            {t('complaint.trackingCode')}: <strong>{filed.trackingCode}</strong>
          </p>
          <dl className="facts facts--stacked">
            <div>
              <dt>{t('complaint.firstResponseDue')}</dt>
              <dd>{formatDay(filed.deadlines.firstResponseDue)}</dd>
            </div>
            <div>
              <dt>{t('complaint.resolutionDue')}</dt>
              <dd>{formatDay(filed.deadlines.resolutionDue)}</dd>
            </div>
          </dl>
          <p>
            <Link href={`/warga/${region}/pengaduan/lacak?kode=${encodeURIComponent(filed.trackingCode)}`} className="button">
              {t('complaint.follow')}
            </Link>
          </p>
        </div>
      </Page>
    );
  }

  return (
    <Page title={t('complaint.title')} back={`/warga/${region}`}>
      <p>{t('complaint.intro')}</p>
      <p>
        <Link href={`/warga/${region}/pengaduan/lacak`}>{t('complaint.alreadyFiled')}</Link>
      </p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={file.error ?? agencies.error} />
        <Field id="complaint-title" label={t('complaint.titleField')} problem={problem('title')}>
          {(aria) => (
            <input id="complaint-title" maxLength={200} value={form.title} onChange={(e) => set({ title: e.target.value })} {...aria} />
          )}
        </Field>
        <Field id="complaint-account" label={t('complaint.account')} hint={t('complaint.accountHint')} problem={problem('account')}>
          {(aria) => (
            <textarea
              id="complaint-account"
              rows={6}
              maxLength={5000}
              value={form.account}
              onChange={(e) => set({ account: e.target.value })}
              {...aria}
            />
          )}
        </Field>
        <Field id="complaint-date" label={t('complaint.incidentDate')} problem={problem('incidentDate')}>
          {(aria) => (
            <input
              id="complaint-date"
              type="date"
              max={today()}
              value={form.incidentDate}
              onChange={(e) => set({ incidentDate: e.target.value })}
              {...aria}
            />
          )}
        </Field>
        <Field
          id="complaint-place"
          label={t('complaint.incidentPlace')}
          hint={t('complaint.incidentPlaceHint')}
          problem={problem('incidentPlace')}
        >
          {(aria) => (
            <input
              id="complaint-place"
              maxLength={300}
              value={form.incidentPlace}
              onChange={(e) => set({ incidentPlace: e.target.value })}
              {...aria}
            />
          )}
        </Field>
        <Field id="complaint-agency" label={t('complaint.agency')} problem={problem('agencyCode')}>
          {(aria) => (
            <select
              id="complaint-agency"
              value={form.agencyCode}
              onChange={(e) => set({ agencyCode: e.target.value, serviceCode: '' })}
              {...aria}
            >
              <option value="">{t('complaint.choose')}</option>
              {agencies.data?.items.map((agency) => (
                <option key={agency.code} value={agency.code}>
                  {agency.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="complaint-service" label={t('complaint.service')} hint={t('complaint.optional')} problem={problem('serviceCode')}>
          {(aria) => (
            <select
              id="complaint-service"
              value={form.serviceCode}
              disabled={!form.agencyCode}
              onChange={(e) => set({ serviceCode: e.target.value })}
              {...aria}
            >
              <option value="">{t('complaint.noService')}</option>
              {services.data?.items.map((service) => (
                <option key={service.code} value={service.code}>
                  {service.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="complaint-category" label={t('complaint.category')} problem={problem('category')}>
          {(aria) => (
            <select id="complaint-category" value={form.category} onChange={(e) => set({ category: e.target.value as Category })} {...aria}>
              {CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {t(`complaint.categories.${category}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset>
          <legend>{t('complaint.you')}</legend>
          <Field id="complaint-name" label={t('complaint.name')} problem={problem('reporter.name')}>
            {(aria) => (
              <input id="complaint-name" autoComplete="name" value={form.name} onChange={(e) => set({ name: e.target.value })} {...aria} />
            )}
          </Field>
          <Field id="complaint-phone" label={t('complaint.phone')} hint={t('complaint.phoneHint')} problem={problem('reporter.phone')}>
            {(aria) => (
              <input
                id="complaint-phone"
                type="tel"
                autoComplete="tel"
                inputMode="tel"
                value={form.phone}
                onChange={(e) => set({ phone: e.target.value })}
                {...aria}
              />
            )}
          </Field>
          <Field id="complaint-nik" label={t('complaint.nik')} hint={t('complaint.optional')} problem={problem('reporter.nik')}>
            {(aria) => (
              <input
                id="complaint-nik"
                inputMode="numeric"
                maxLength={16}
                value={form.nik}
                onChange={(e) => set({ nik: e.target.value })}
                {...aria}
              />
            )}
          </Field>
          <label className="choice">
            <input type="checkbox" checked={form.anonymous} onChange={(e) => set({ anonymous: e.target.checked })} />
            {t('complaint.anonymous')}
          </label>
          <label className="choice">
            <input type="checkbox" checked={form.secret} onChange={(e) => set({ secret: e.target.checked })} />
            {t('complaint.secret')}
          </label>
        </fieldset>
        <button type="submit" disabled={file.isPending}>
          {t('complaint.send')}
        </button>
      </form>
    </Page>
  );
}
