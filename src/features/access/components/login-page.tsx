import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { RETURN_PARAM, safeReturnPath, setupPath } from '../model/return-location';
import { DemoAccessNote } from './demo-access-note';
import { SignInForm } from './sign-in-form';

/** Sign-in page; after success the visitor lands where they were going (`?next=`). */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeReturnPath(searchParams.get(RETURN_PARAM));

  return (
    <Paper
      component="section"
      aria-labelledby="login-title"
      sx={{ p: { xs: 3, sm: 4 }, maxWidth: 440, mx: 'auto', mt: { xs: 2, sm: 6 } }}
    >
      <Typography id="login-title" component="h1" variant="h5" sx={{ mb: 3 }}>
        {t('login.title')}
      </Typography>
      <SignInForm
        onSignedIn={(session) => {
          const target = session.user.pending === null ? (next ?? '/') : setupPath(next ?? undefined);
          void navigate(target, { replace: true });
        }}
      />
      <DemoAccessNote />
    </Paper>
  );
}
