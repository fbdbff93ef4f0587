import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/problem';
import { LoginRequest, type SessionInfo } from '@/api/session';
import { OutlinedField } from '@/components/outlined-field';
import { buttonClass } from '@/components/plain/button-class';
import { PlainAlert } from '@/components/plain/plain-alert';
import styles from './sign-in-form.module.css';
import { useSignIn } from '../api/use-sign-in';

interface FieldErrors {
  login?: boolean;
  password?: boolean;
  code?: boolean;
}

interface SignInFormProps {
  onSignedIn: (session: SessionInfo) => void;
  /** Signing in again over an open page: the login whose page it is (it keeps the page). */
  keepPageOf?: string;
  initialLogin?: string;
}

/** The refusal in words: never which of login and password was wrong. */
function useFailureText(error: Error | null): string | null {
  const { t } = useTranslation();
  if (error === null || !isApiError(error)) return error === null ? null : t('login.failed', { message: '' });
  const { problem } = error;
  switch (problem.code) {
    case 'second-factor-required':
      return null;
    case 'code-invalid':
      return t('access.signIn.codeInvalid');
    case 'locked':
      return t('access.signIn.locked', { minutes: Math.max(1, Math.ceil((problem.retryAfter ?? 900) / 60)) });
    default:
      return error.status === 401
        ? t('login.wrongCredentials')
        : t('login.failed', { message: problem.detail ?? problem.title });
  }
}

/**
 * Login and password, then (for a user with 2FA) the code from the app or a recovery code.
 * Plain markup, no MUI: it is the sign-in page's form (and the sign-in dialog's over a page).
 */
export function SignInForm({ onSignedIn, keepPageOf, initialLogin = '' }: SignInFormProps) {
  const { t } = useTranslation();
  const signIn = useSignIn({ keepPageOf });
  const [login, setLogin] = useState(initialLogin);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [askCode, setAskCode] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = LoginRequest.safeParse({ login, password, ...(askCode ? { code } : {}) });
    if (!parsed.success) {
      const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
      setFieldErrors({ login: fields.has('login'), password: fields.has('password'), code: fields.has('code') });
      return;
    }
    setFieldErrors({});
    signIn.mutate(parsed.data, {
      onSuccess: onSignedIn,
      onError: (error) => {
        if (isApiError(error, 401) && error.problem.code === 'second-factor-required') setAskCode(true);
      },
    });
  };

  const failureText = useFailureText(signIn.error);

  return (
    <form noValidate onSubmit={onSubmit} className={styles.form}>
      {failureText && (
        <PlainAlert severity="error" role="alert">
          {failureText}
        </PlainAlert>
      )}
      <OutlinedField
        label={t('login.login')}
        name="login"
        autoComplete="username"
        autoFocus={initialLogin === ''}
        required
        value={login}
        onChange={(event) => {
          setLogin(event.target.value);
          setAskCode(false);
          setFieldErrors((errors) => ({ ...errors, login: false }));
        }}
        error={fieldErrors.login}
        helperText={fieldErrors.login ? t('login.loginRequired') : undefined}
        htmlInput={{ maxLength: 64 }}
      />
      <OutlinedField
        label={t('login.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        autoFocus={initialLogin !== ''}
        required
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
          setFieldErrors((errors) => ({ ...errors, password: false }));
        }}
        error={fieldErrors.password}
        helperText={fieldErrors.password ? t('login.passwordRequired') : undefined}
        htmlInput={{ maxLength: 64 }}
      />
      {askCode && (
        <OutlinedField
          label={t('access.signIn.code')}
          name="code"
          autoComplete="one-time-code"
          autoFocus
          required
          value={code}
          onChange={(event) => {
            setCode(event.target.value);
            setFieldErrors((errors) => ({ ...errors, code: false }));
          }}
          error={fieldErrors.code}
          helperText={fieldErrors.code ? t('access.signIn.codeRequired') : t('access.signIn.codeHint')}
          htmlInput={{ maxLength: 32, inputMode: 'text' }}
        />
      )}
      <button type="submit" className={buttonClass('contained', 'large')} disabled={signIn.isPending}>
        {signIn.isPending ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}
