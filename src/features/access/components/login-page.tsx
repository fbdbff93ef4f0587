import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import plain from '@/components/plain/plain.module.css';
import { RETURN_PARAM, safeReturnPath, setupPath } from '../model/return-location';
import { DemoAccessNote } from './demo-access-note';
import styles from './login-page.module.css';
import { SignInForm } from './sign-in-form';

/**
 * Sign-in page; after success the visitor lands where they were going (`?next=`). Drawn without
 * MUI, so a visitor's first page loads only what it shows.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeReturnPath(searchParams.get(RETURN_PARAM));

  return (
    <section aria-labelledby="login-title" className={`${plain.paper} ${styles.card}`}>
      <h1 id="login-title" className={`${plain.h5} ${styles.title}`}>
        {t('login.title')}
      </h1>
      <SignInForm
        onSignedIn={(session) => {
          const target = session.user.pending === null ? (next ?? '/') : setupPath(next ?? undefined);
          void navigate(target, { replace: true });
        }}
      />
      <DemoAccessNote />
    </section>
  );
}
