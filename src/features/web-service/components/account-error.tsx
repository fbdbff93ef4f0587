import { useTranslation } from 'react-i18next';
import { RefusalAlert } from '@/components/refusal-alert';

const KNOWN = ['login-taken', 'validation'] as const;

/** A refused account change in words, by the problem's code. */
export function AccountError({ error }: { error: Error | null }) {
  const { t } = useTranslation();
  return <RefusalAlert error={error} known={KNOWN} message={(code) => t(`webService.errors.${code}`)} />;
}
