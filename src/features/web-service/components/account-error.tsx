import { useTranslation } from 'react-i18next';
import { RefusalAlert } from '@/components/refusal-alert';
import { addWebServiceMessages } from '@/lib/i18n/web-service-messages';

addWebServiceMessages();

const KNOWN = ['login-taken', 'validation'] as const;

/** A refused account change in words, by the problem's code. */
export function AccountError({ error }: { error: Error | null }) {
  const { t } = useTranslation('webService');
  return <RefusalAlert error={error} known={KNOWN} message={(code) => t(`errors.${code}`)} />;
}
