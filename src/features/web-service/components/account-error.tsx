import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/problem';

const KNOWN = ['login-taken', 'validation'] as const;

/** A refused account change in words, by the problem's code. */
export function AccountError({ error }: { error: Error | null }) {
  const { t } = useTranslation();
  if (error === null) return null;
  const code = isApiError(error) ? error.problem.code : undefined;
  const known = KNOWN.find((candidate) => candidate === code);
  return (
    <Alert severity="error" role="alert">
      {t(`webService.errors.${known ?? 'other'}`)}
    </Alert>
  );
}
