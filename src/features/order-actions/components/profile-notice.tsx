import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Profile } from '@/api/session';

export interface ProfileNoticeProps {
  profile: Profile;
  /** The formatted amount the action moves, shown large in the live profile; null when unknown yet. */
  amount: string | null;
}

/**
 * Whose money moves. In the live profile the profile is named and the amount is shown large, so
 * a live action is never mistaken for a test one.
 */
export function ProfileNotice({ profile, amount }: ProfileNoticeProps) {
  const { t } = useTranslation();
  if (profile.mode === 'test') {
    return (
      <Alert severity="info" role="note" sx={{ mb: 2 }}>
        {t('actions.profile.test', { merchantId: profile.merchantId })}
      </Alert>
    );
  }
  return (
    <Alert severity="warning" role="note" sx={{ mb: 2 }}>
      {t('actions.profile.live', { name: profile.name, merchantId: profile.merchantId })}
      {amount !== null && (
        <>
          <Typography component="p" variant="body2" sx={{ mt: 1 }}>
            {t('actions.profile.amountToMove')}
          </Typography>
          <Typography component="p" variant="h4" data-testid="live-amount" sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {amount}
          </Typography>
        </>
      )}
    </Alert>
  );
}
