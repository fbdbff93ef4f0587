import { buttonClass, startIconClass } from '@/components/plain/button-class';
import { PlainIcon } from '@/components/plain/plain-icon';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../api/use-sign-out';

export function SignOutButton() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <button
      type="button"
      className={buttonClass('text', 'medium', 'inherit')}
      onClick={() => signOut.mutate()}
      disabled={signOut.isPending}
    >
      <span className={startIconClass}>
        <PlainIcon name="logout" />
      </span>
      {t('shell.signOut')}
    </button>
  );
}
