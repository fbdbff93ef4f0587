import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { IssuedLiveProfile } from '@/api/onboarding';
import { CopyableCode } from '@/components/copyable-code';
import { FieldList } from '@/components/field-list';
import { addGoliveMessages } from '@/lib/i18n/golive-messages';

addGoliveMessages();

/** What the gateway handed over: the live Merchant_ID, the URL to send requests to, the secret word. */
export function LiveProfileCard({ live }: { live: IssuedLiveProfile }) {
  const { t } = useTranslation('golive');
  const copyable = (value: string, label: string) => <CopyableCode value={value} label={label} />;
  return (
    <Alert severity="success" sx={{ mt: 2 }}>
      <AlertTitle>{t('checklist.live.title')}</AlertTitle>
      <FieldList
        fields={[
          {
            label: t('checklist.live.merchantId'),
            value: copyable(live.merchantId, t('checklist.live.merchantId')),
          },
          {
            label: t('checklist.live.paymentUrl'),
            value: copyable(live.paymentUrl, t('checklist.live.paymentUrl')),
          },
          live.secretWord !== null && {
            label: t('checklist.live.secretWord'),
            value: copyable(live.secretWord, t('checklist.live.secretWord')),
          },
          live.webServiceLogin !== null && {
            label: t('checklist.live.webServiceLogin'),
            value: copyable(live.webServiceLogin, t('checklist.live.webServiceLogin')),
          },
          live.webServicePassword !== null && {
            label: t('checklist.live.webServicePassword'),
            value: copyable(live.webServicePassword, t('checklist.live.webServicePassword')),
          },
        ]}
      />
      {live.secretWord && <p>{t('checklist.live.secretWordHint')}</p>}
      <Link component={RouterLink} to={`/p/${encodeURIComponent(live.profileId)}/orders`}>
        {t('checklist.live.open')}
      </Link>
    </Alert>
  );
}
