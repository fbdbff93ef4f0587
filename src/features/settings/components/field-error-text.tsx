import { useTranslation } from 'react-i18next';
import { parseErrorCode } from '../model/form-errors';

interface ErrorLike {
  message?: unknown;
}

/** The first message of a field's error; list fields (e-mails) carry one per item. */
export function firstErrorMessage(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const { message } = error as ErrorLike;
  if (typeof message === 'string') return message;
  for (const item of Object.values(error as Record<string, unknown>)) {
    const found = firstErrorMessage(item);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A form error code in the reader's language. */
export function useErrorText(): (error: unknown) => string | undefined {
  const { t } = useTranslation('settings');
  return (error) => {
    const message = firstErrorMessage(error);
    if (message === undefined) return undefined;
    const { code, limit } = parseErrorCode(message);
    return t(`errors.${code}`, { limit });
  };
}
