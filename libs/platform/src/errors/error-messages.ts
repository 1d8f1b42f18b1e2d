/**
 * User-facing text is in Bahasa Indonesia, with English available: an error's `message` is
 * Indonesian unless the client prefers English (`Accept-Language: en`). The `code` never
 * changes with the language. The English message a client sees is the one raised (it may name
 * the offending value); the catalogue's English is the same message without such detail.
 */
import type { ErrorCode } from '@mpp/domain';

import { APPLICATION_MESSAGES } from './application-messages';
import { CORE_MESSAGES } from './core-messages';
import type { ErrorText } from './error-text';
import { FEEDBACK_MESSAGES } from './feedback-messages';
import { QUEUE_MESSAGES } from './queue-messages';

export type Language = 'id' | 'en';

/** Every code with both messages: the compiler refuses a code of `ErrorCode` missing here. */
const ERROR_MESSAGES = { ...CORE_MESSAGES, ...QUEUE_MESSAGES, ...APPLICATION_MESSAGES, ...FEEDBACK_MESSAGES } satisfies Record<
  ErrorCode,
  ErrorText
>;

/** The first of Indonesian or English the client accepts, by q-value; Indonesian when it names neither. */
export function preferredLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'id';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = Number(params.find((param) => param.trim().startsWith('q='))?.split('=')[1] ?? '1');
      return { language: tag.split('-')[0], q: Number.isNaN(q) ? 0 : q, index };
    })
    .filter((entry) => (entry.language === 'id' || entry.language === 'en') && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked[0]?.language as Language | undefined) ?? 'id';
}

/** Every code of the catalogue. */
export function translatedCodes(): ErrorCode[] {
  return Object.keys(ERROR_MESSAGES) as ErrorCode[];
}

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_MESSAGES, code);
}

/** Both messages of a code. */
export function errorText(code: ErrorCode): ErrorText {
  return ERROR_MESSAGES[code];
}

/** The raised English message, or the code's Indonesian one; a code outside the catalogue keeps its English. */
export function localizedMessage(code: string, english: string, language: Language): string {
  return language === 'id' && isErrorCode(code) ? ERROR_MESSAGES[code].id : english;
}
