import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { notificationCheckValue } from '@/api/check-value';
import { FieldList } from '@/components/field-list';
import { SectionCard } from '@/components/section-card';
import { addGoliveMessages } from '@/lib/i18n/golive-messages';

addGoliveMessages();

/** A made-up secret word, so the example never shows the profile's own. */
export const EXAMPLE_SECRET = 'ExampleWord';

/** How a shop verifies a result notification (domain §9), worked through once. */
export function NotificationExample({ merchantId }: { merchantId: string }) {
  const { t } = useTranslation('golive');
  const fields = { merchantId, ordernumber: 'ORDER-1001', amount: '1500.00', currency: 'RUB', orderstate: 'Approved' };
  const signed = fields.merchantId + fields.ordernumber + fields.amount + fields.currency + fields.orderstate;
  const expected = notificationCheckValue(EXAMPLE_SECRET, fields);
  const answer =
    '<pushpaymentresult firstcode="0" secondcode="0"><order><billnumber>…</billnumber><packetdate>…</packetdate></order></pushpaymentresult>';
  const code = (text: string) => (
    <Box component="code" sx={{ wordBreak: 'break-all' }}>
      {text}
    </Box>
  );
  return (
    <SectionCard title={t('integration.verifyTitle')}>
      <p>{t('integration.verifyIntro')}</p>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {t('integration.exampleTitle')}
      </Typography>
      <FieldList
        fields={[
          { label: t('integration.exampleSecret'), value: code(EXAMPLE_SECRET) },
          {
            label: t('integration.exampleFields'),
            value: code(
              `merchant_id=${fields.merchantId} ordernumber=${fields.ordernumber} amount=${fields.amount} currency=${fields.currency} orderstate=${fields.orderstate}`,
            ),
          },
          { label: t('integration.exampleString'), value: code(signed) },
          { label: t('integration.exampleResult'), value: code(expected) },
          { label: t('integration.exampleAnswer'), value: code(answer) },
        ]}
      />
    </SectionCard>
  );
}
