import { useTranslation } from 'react-i18next';
import { RefusalAlert } from '@/components/refusal-alert';
import { addUsersMessages } from '@/lib/i18n/users-messages';

addUsersMessages();

const KNOWN = ['login-taken', 'last-user-manager', 'own-user-manager', 'validation'] as const;

/** A refused user change in words, by the problem's code. */
export function UserError({ error }: { error: Error | null }) {
  const { t } = useTranslation('users');
  return <RefusalAlert error={error} known={KNOWN} message={(code) => t(`users.errors.${code}`)} />;
}
