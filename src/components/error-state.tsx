import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/problem';

export interface ErrorStateProps {
  error: unknown;
  /** Shown as a "Retry" button when given. */
  onRetry?: () => void;
  title?: string;
  retrying?: boolean;
}

/** A failed load: what went wrong (the problem's title and detail) and a way to try again. */
export function ErrorState({ error, onRetry, title, retrying = false }: ErrorStateProps) {
  const { t } = useTranslation();
  const problem = isApiError(error) ? error.problem : null;
  const description =
    problem === null
      ? t('errors.unexpected')
      : problem.code === 'network'
        ? t('errors.network')
        : [problem.title, problem.detail].filter(Boolean).join(': ');
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        onRetry && (
          <Button color="inherit" variant="outlined" size="small" onClick={onRetry} disabled={retrying}>
            {t('common.retry')}
          </Button>
        )
      }
      sx={{ my: 2 }}
    >
      <AlertTitle>{title ?? t('errors.loadFailed')}</AlertTitle>
      {description}
    </Alert>
  );
}
