import LogoutIcon from '@mui/icons-material/Logout';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../api/use-sign-out';

export function SignOutButton() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <Button color="inherit" startIcon={<LogoutIcon />} onClick={() => signOut.mutate()} disabled={signOut.isPending}>
      {t('shell.signOut')}
    </Button>
  );
}
