import { useTranslation } from 'react-i18next';
import { RefusalAlert } from '@/components/refusal-alert';

const KNOWN = ['login-taken', 'last-user-manager', 'own-user-manager', 'validation'] as const;

/** A refused user change in words, by the problem's code. */
export function UserError({ error }: { error: Error | null }) {
  const { t } = useTranslation();
  return <RefusalAlert error={error} known={KNOWN} message={(code) => t(`access.users.errors.${code}`)} />;
}
