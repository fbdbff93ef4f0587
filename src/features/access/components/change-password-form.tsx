import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { brokenPasswordRules } from '@/api/credentials';
import { isApiError } from '@/api/problem';
import type { SessionInfo } from '@/api/session';
import { addAccountMessages } from '@/lib/i18n/account-messages';
import { useChangePassword } from '../api/use-change-password';

addAccountMessages();

/** The current password, a new one that meets the rules, and the new one again. */
export function ChangePasswordForm({ onChanged }: { onChanged: (session: SessionInfo) => void }) {
  const { t } = useTranslation(['account', 'translation']);
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checked, setChecked] = useState(false);

  const broken = brokenPasswordRules(next);
  const mismatch = repeat !== next;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (current === '' || broken.length > 0 || mismatch) return;
    change.mutate({ currentPassword: current, newPassword: next }, { onSuccess: onChanged });
  };

  const error = change.error;
  const errorText =
    error === null
      ? null
      : isApiError(error) && error.problem.code === 'password-reused'
        ? t('password.reused')
        : isApiError(error) && error.problem.code === 'password-wrong'
          ? t('password.currentWrong')
          : t('password.failed');

  return (
    <form noValidate onSubmit={onSubmit}>
      <Stack spacing={2}>
        {errorText && (
          <Alert severity="error" role="alert">
            {errorText}
          </Alert>
        )}
        <TextField
          label={t('password.current')}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
          error={checked && current === ''}
          helperText={checked && current === '' ? t('translation:login.passwordRequired') : undefined}
        />
        <TextField
          label={t('password.new')}
          type="password"
          autoComplete="new-password"
          required
          value={next}
          onChange={(event) => setNext(event.target.value)}
          error={checked && broken.length > 0}
          helperText={t('password.rules')}
        />
        <TextField
          label={t('password.repeat')}
          type="password"
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(event) => setRepeat(event.target.value)}
          error={checked && mismatch}
          helperText={checked && mismatch ? t('password.mismatch') : undefined}
        />
        <Button type="submit" variant="contained" disabled={change.isPending}>
          {t('password.submit')}
        </Button>
      </Stack>
    </form>
  );
}
