import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiSchema } from '@mpp/api-client';

import { ErrorSummary } from '../../shared/ui/error-summary';
import { EMPTY_DRAFT, fieldErrorOf, PROFILE_KEYS, type SurveyDraft, worded } from './survey-answers';

/**
 * The SKM questionnaire as the API gives it (the deployment's wording, in the visitor's
 * language): the nine elements as big radio choices, the optional profile and suggestion.
 * The citizen's page and the kiosk both use it; each sends the draft its own way.
 */
export function SurveyForm({
  form,
  pending,
  error,
  onSubmit,
}: {
  form: ApiSchema<'SurveyFormDto'>;
  pending: boolean;
  error: unknown;
  onSubmit: (draft: SurveyDraft) => void;
}) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<SurveyDraft>(EMPTY_DRAFT);
  const fieldError = (path: string) => fieldErrorOf(error, path);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft);
  };
  const options = form.profileOptions as Record<string, string[] | undefined>;
  return (
    <form onSubmit={submit} noValidate className="survey">
      <ErrorSummary error={error} />
      <p className="hint">{t('survey.anonymous')}</p>
      <h2>{t('survey.questions')}</h2>
      <p className="hint">{t('survey.questionsHint')}</p>
      {fieldError('answers') && <p className="field__error">{fieldError('answers')}</p>}
      {form.questions.map((question, index) => {
        const problem = fieldError(`answers.${question.element}`);
        return (
          <fieldset key={question.element} className={problem ? 'survey__question field--error' : 'survey__question'}>
            <legend>{t('survey.question', { number: index + 1, text: worded(question.question, i18n.language) })}</legend>
            {problem && <p className="field__error">{problem}</p>}
            <div className="survey__choices">
              {question.answers.map((answer) => (
                <label key={answer.value} className="survey__choice">
                  <input
                    type="radio"
                    name={question.element}
                    value={answer.value}
                    checked={draft.answers[question.element] === answer.value}
                    onChange={() =>
                      setDraft((current) => ({ ...current, answers: { ...current.answers, [question.element]: answer.value } }))
                    }
                  />
                  <span>{worded(answer.label, i18n.language)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <h2>{t('survey.profile')}</h2>
      <p className="hint">{t('survey.profileHint')}</p>
      {PROFILE_KEYS.map((key) => {
        const problem = fieldError(`profile.${key}`);
        const id = `survey-profile-${key}`;
        return (
          <div key={key} className={problem ? 'field field--error' : 'field'}>
            <label htmlFor={id}>{t(`survey.profileFields.${key}`)}</label>
            {problem && <p className="field__error">{problem}</p>}
            <select
              id={id}
              value={draft.profile[key] ?? ''}
              onChange={(event) => setDraft((current) => ({ ...current, profile: { ...current.profile, [key]: event.target.value } }))}
            >
              <option value="">{t('survey.notSaid')}</option>
              {(options[key] ?? []).map((value) => (
                <option key={value} value={value}>
                  {t(`survey.profileValues.${key}.${value}` as 'survey.notSaid', { defaultValue: value })}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <div className={fieldError('suggestion') ? 'field field--error' : 'field'}>
        <label htmlFor="survey-suggestion">{t('survey.suggestion')}</label>
        <p className="hint" id="survey-suggestion-hint">
          {t('survey.suggestionHint')}
        </p>
        {fieldError('suggestion') && <p className="field__error">{fieldError('suggestion')}</p>}
        <textarea
          id="survey-suggestion"
          aria-describedby="survey-suggestion-hint"
          rows={4}
          maxLength={1000}
          value={draft.suggestion}
          onChange={(event) => setDraft((current) => ({ ...current, suggestion: event.target.value }))}
        />
      </div>
      <button type="submit" disabled={pending}>
        {t('survey.submit')}
      </button>
    </form>
  );
}
