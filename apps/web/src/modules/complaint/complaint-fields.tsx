import type { ReactNode } from 'react';

import { ApiFailure } from '../../shared/api';

/** The API's problem with one field (its path), in the visitor's language, or undefined. */
export function fieldProblem(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiFailure)) return undefined;
  return error.body?.errors?.find((item) => item.path === path || item.path.startsWith(`${path}.`))?.message;
}

/**
 * One labelled input with its hint and the API's problem for it, wired for screen readers
 * (aria-describedby, aria-invalid), as the ticket and survey forms do by hand.
 */
export function Field({
  id,
  label,
  hint,
  problem,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  problem?: string;
  children: (described: { 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  const described = [hint && `${id}-hint`, problem && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={problem ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p className="field__error" id={`${id}-error`}>
          {problem}
        </p>
      )}
      {children({ 'aria-describedby': described || undefined, 'aria-invalid': problem ? true : undefined })}
    </div>
  );
}
