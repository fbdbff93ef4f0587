import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '@/api/problem';
import { LoginRequest } from '@/api/session';
import { useSignIn } from '../api/use-sign-in';
import { RETURN_PARAM, safeReturnPath } from '../model/return-location';
import { DemoAccessNote } from './demo-access-note';

interface FieldErrors {
  login?: boolean;
  password?: boolean;
}

/** Sign-in form; after success the visitor lands where they were going (`?next=`). */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const signIn = useSignIn();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = LoginRequest.safeParse({ login, password });
    if (!parsed.success) {
      const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
      setFieldErrors({ login: fields.has('login'), password: fields.has('password') });
      return;
    }
    setFieldErrors({});
    signIn.mutate(parsed.data, {
      onSuccess: () => {
        void navigate(safeReturnPath(searchParams.get(RETURN_PARAM)) ?? '/', { replace: true });
      },
    });
  };

  const failure = signIn.error;
  const failureText =
    failure === null
      ? null
      : isApiError(failure, 401)
        ? t('login.wrongCredentials')
        : t('login.failed', { message: isApiError(failure) ? (failure.problem.detail ?? failure.problem.title) : '' });

  return (
    <Paper
      component="section"
      aria-labelledby="login-title"
      sx={{ p: { xs: 3, sm: 4 }, maxWidth: 440, mx: 'auto', mt: { xs: 2, sm: 6 } }}
    >
      <Typography id="login-title" component="h1" variant="h5" sx={{ mb: 3 }}>
        {t('login.title')}
      </Typography>
      <form noValidate onSubmit={onSubmit}>
        <Stack spacing={2}>
          {failureText && (
            <Alert severity="error" role="alert">
              {failureText}
            </Alert>
          )}
          <TextField
            label={t('login.login')}
            name="login"
            autoComplete="username"
            autoFocus
            required
            value={login}
            onChange={(event) => {
              setLogin(event.target.value);
              setFieldErrors((errors) => ({ ...errors, login: false }));
            }}
            error={fieldErrors.login}
            helperText={fieldErrors.login ? t('login.loginRequired') : undefined}
            slotProps={{ htmlInput: { maxLength: 64 } }}
          />
          <TextField
            label={t('login.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
              setFieldErrors((errors) => ({ ...errors, password: false }));
            }}
            error={fieldErrors.password}
            helperText={fieldErrors.password ? t('login.passwordRequired') : undefined}
            slotProps={{ htmlInput: { maxLength: 64 } }}
          />
          <Button type="submit" variant="contained" size="large" disabled={signIn.isPending}>
            {signIn.isPending ? t('login.submitting') : t('login.submit')}
          </Button>
        </Stack>
      </form>
      <DemoAccessNote />
    </Paper>
  );
}
