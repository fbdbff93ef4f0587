import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '@/lib/problem-message';

export interface ErrorStateProps {
  error: unknown;
  /** Shown as a "Retry" button when given. */
  onRetry?: () => void;
  title?: string;
  retrying?: boolean;
}

/**
 * A failed load: what went wrong in the cabinet's own words and language, the code to quote to
 * support, and a way to try again.
 */
export function ErrorState({ error, onRetry, title, retrying = false }: ErrorStateProps) {
  const { t } = useTranslation();
  const { key, supportCode } = describeProblem(error);
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
      {t(`ux.problem.${key}`)}
      {supportCode && (
        <Box component="span" sx={{ display: 'block', mt: 0.5, fontFamily: 'monospace' }}>
          {t('ux.problem.supportCode', { code: supportCode })}
        </Box>
      )}
    </Alert>
  );
}
