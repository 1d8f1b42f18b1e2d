import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type AdminSchema } from '@mpp/api-client';

import { ApiFailure, unwrap } from '../../../shared/api';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import type { Me } from '../console-access';
import { ConsoleFrame } from '../console-frame';
import { adminApi } from '../console-session';
import { ApplyHistory } from './apply-history';
import { type FileProblem, fileProblems } from './file-problems';
import { type Plan, planSummary, PlanView } from './plan-view';
import { YamlEditor } from './yaml-editor';

type Validation = AdminSchema<'ValidationDto'>;
type Step =
  | { kind: 'valid'; result: Validation }
  | { kind: 'plan'; plan: Plan }
  | { kind: 'confirm'; plan: Plan }
  | { kind: 'applied'; plan: Plan };

/**
 * `/konsol/wilayah/:region/deployment`: the region's file in an editor that knows the schema;
 * check it (every problem listed and marked at its line), see the plan, apply it after a
 * confirmation, and the history of applies. The admin API does every check.
 */
export function DeploymentPage({ me, region }: { me: Me; region: string }) {
  const { t } = useTranslation('console');
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string>();
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const [step, setStep] = useState<Step>();
  const [notice, setNotice] = useState<string>();

  const schema = useQuery({
    queryKey: ['console', '/admin/api/v1/deployments/schema'],
    queryFn: () => unwrap(adminApi.GET('/admin/api/v1/deployments/schema')),
    staleTime: Infinity,
  });

  const edit = (next: string) => {
    setText(next);
    // A changed file needs checking again: an old plan must not be applied to it.
    if (step && step.kind !== 'applied') setStep(undefined);
  };

  /** A refusal with the file's problems marks them; any other failure goes to the error summary. */
  const call =
    <T,>(send: () => Promise<T>) =>
    async () => {
      setNotice(undefined);
      if (text.trim() === '') {
        setNotice(t('deployment.emptyFile'));
        throw new Error('empty');
      }
      try {
        const result = await send();
        setProblems([]);
        return result;
      } catch (error) {
        if (error instanceof ApiFailure && error.code === 'DEPLOYMENT_INVALID') {
          setProblems(fileProblems(error.body?.errors));
          setStep(undefined);
          return undefined;
        }
        setProblems([]);
        throw error;
      }
    };
  const body = () => ({ body: { content: text } });

  const validate = useMutation({
    mutationFn: call<Validation>(() => unwrap(adminApi.POST('/admin/api/v1/deployments/validate', body()))),
    onSuccess: (result) => result && setStep({ kind: 'valid', result }),
  });
  const plan = useMutation({
    mutationFn: call<Plan>(() => unwrap(adminApi.POST('/admin/api/v1/deployments/plan', body()))),
    onSuccess: (result) => result && setStep({ kind: 'plan', plan: result }),
  });
  const review = useMutation({
    mutationFn: call<Plan>(() => unwrap(adminApi.POST('/admin/api/v1/deployments/plan', body()))),
    onSuccess: (result) => result && setStep({ kind: 'confirm', plan: result }),
  });
  const apply = useMutation({
    mutationFn: call<Plan>(() =>
      unwrap(adminApi.POST('/admin/api/v1/deployments/apply', { ...body(), params: { query: { file: fileName } } })),
    ),
    onSuccess: async (result) => {
      if (!result) return;
      setStep({ kind: 'applied', plan: result });
      await queryClient.invalidateQueries({ queryKey: ['console', '/admin/api/v1/audit-events'] });
    },
  });
  const live = useMutation({
    mutationFn: async (source: 'live' | 'templates') => {
      setNotice(undefined);
      const url =
        source === 'live' ? '/admin/api/v1/regions/{regionCode}/deployment' : '/admin/api/v1/regions/{regionCode}/deployment/initial';
      return unwrap(adminApi.GET(url, { params: { path: { regionCode: region } } }));
    },
    onSuccess: (file) => {
      setFileName(file.fileName);
      setProblems([]);
      setStep(undefined);
      setText(file.content);
    },
    onError: (error) => {
      if (error instanceof ApiFailure && error.code === 'DEPLOYMENT_NOT_FOUND') setNotice(t('deployment.noLive'));
    },
  });
  const download = useMutation({
    mutationFn: () => unwrap(adminApi.GET('/admin/api/v1/regions/{regionCode}/deployment', { params: { path: { regionCode: region } } })),
    onSuccess: (file) => saveAs(file.fileName, file.content),
    onError: (error) => {
      if (error instanceof ApiFailure && error.code === 'DEPLOYMENT_NOT_FOUND') setNotice(t('deployment.noLive'));
    },
  });

  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name.replace(/[^\w.-]/g, '-').slice(0, 120));
    setProblems([]);
    setStep(undefined);
    setText(await file.text());
  };

  const failure = [validate, plan, review, apply, live, download].find(
    (mutation) => mutation.error && mutation.error.message !== 'empty',
  )?.error;
  const failureShown = failure instanceof ApiFailure && failure.code === 'DEPLOYMENT_NOT_FOUND' ? undefined : failure;
  const busy = [validate, plan, review, apply, live].some((mutation) => mutation.isPending);

  return (
    <ConsoleFrame title={t('deployment.title', { region })} me={me} region={region}>
      <p>{t('deployment.intro')}</p>
      <ErrorSummary error={failureShown} />
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <div className="console-actions">
        <button type="button" className="button--secondary" onClick={() => live.mutate('live')} disabled={busy}>
          {t('deployment.loadLive')}
        </button>
        <button type="button" className="button--secondary" onClick={() => live.mutate('templates')} disabled={busy}>
          {t('deployment.loadTemplates')}
        </button>
        <button type="button" className="button--secondary" onClick={() => download.mutate()} disabled={download.isPending}>
          {t('deployment.download')}
        </button>
      </div>
      <label htmlFor="deployment-file">{t('deployment.openFile')}</label>
      <input id="deployment-file" type="file" accept=".yaml,.yml,application/yaml,text/yaml" onChange={(event) => void openFile(event)} />
      <h2 id="editor-title">{t('deployment.editor')}</h2>
      <p className="hint">{t('deployment.editorHint')}</p>
      <YamlEditor label={t('deployment.editor')} value={text} onChange={edit} schema={schema.data} problems={problems} />
      <div className="console-actions">
        <button type="button" onClick={() => validate.mutate()} disabled={busy}>
          {t('deployment.validate')}
        </button>
        <button type="button" onClick={() => plan.mutate()} disabled={busy}>
          {t('deployment.plan')}
        </button>
        <button type="button" className="button--warning" onClick={() => review.mutate()} disabled={busy}>
          {t('deployment.apply')}
        </button>
      </div>
      <ProblemList problems={problems} />
      {step?.kind === 'valid' && (
        <p role="status" className="notice notice--ok">
          {t('deployment.valid', { agencies: step.result.agencies, services: step.result.services })}
        </p>
      )}
      {step?.kind === 'plan' && <PlanView plan={step.plan} headingId="plan-title" />}
      {step?.kind === 'confirm' && (
        <section className="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text">
          <h2 id="confirm-title">{t('plan.confirmTitle')}</h2>
          <p id="confirm-text">{t('plan.confirmText', { region })}</p>
          <PlanView plan={step.plan} headingId="confirm-plan-title" />
          <button
            type="button"
            className="button--warning"
            onClick={() => apply.mutate()}
            disabled={apply.isPending || step.plan.changes.length === 0}
          >
            {t('plan.confirm')}
          </button>
          <button type="button" className="button--secondary" onClick={() => setStep(undefined)}>
            {t('plan.cancel')}
          </button>
        </section>
      )}
      {step?.kind === 'applied' && (
        <p role="status" className="notice notice--ok">
          {t('plan.applied', { summary: planSummary(step.plan, t) })}
        </p>
      )}
      <ApplyHistory region={region} />
    </ConsoleFrame>
  );
}

function ProblemList({ problems }: { problems: FileProblem[] }) {
  const { t } = useTranslation('console');
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="problems-title">
      <h2 id="problems-title">{t('deployment.problemsTitle', { count: problems.length })}</h2>
      <ol className="problems">
        {problems.map((problem, index) => (
          <li key={index}>
            <strong>
              {problem.line ? t('deployment.problemAt', { line: problem.line, column: problem.column }) : t('deployment.problemNoLine')}
            </strong>
            {': '}
            {problem.code && <code>{problem.code}</code>} {problem.message}
            {problem.path && <span className="muted"> ({problem.path})</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Offers text as a file download, made in the browser (no second request). */
function saveAs(name: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/yaml' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}
