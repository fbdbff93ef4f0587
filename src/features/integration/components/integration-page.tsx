import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CheckValueRequest } from '@/api/onboarding';
import { CopyButton } from '@/components/copy-button';
import { CopyableCode } from '@/components/copyable-code';
import { ErrorState } from '@/components/error-state';
import { FieldList } from '@/components/field-list';
import { LoadingState } from '@/components/loading-state';
import { SectionCard } from '@/components/section-card';
import { addGoliveMessages } from '@/lib/i18n/golive-messages';
import { checkValueQueryOptions, integrationQueryOptions } from '../api/integration-queries';
import { paymentFormHtml } from '../model/payment-form-html';
import { CheckValueResult, CheckValueTry } from './check-value-try';
import { NotificationExample } from './notification-example';

addGoliveMessages();

const SAMPLE: CheckValueRequest = { ordernumber: 'ORDER-1001', amount: '1500.00', currency: 'RUB' };

/** Everything a shop's developer needs to put this profile's payment form on the site. */
export function IntegrationPage({ profileId }: { profileId: string }) {
  const { t } = useTranslation(['golive', 'translation']);
  const facts = useQuery(integrationQueryOptions(profileId));
  const sample = useQuery(checkValueQueryOptions(profileId, SAMPLE));
  if (facts.isPending || sample.isPending) return <LoadingState />;
  if (facts.isError) return <ErrorState error={facts.error} onRetry={() => void facts.refetch()} />;
  if (sample.isError) return <ErrorState error={sample.error} onRetry={() => void sample.refetch()} />;
  const integration = facts.data;
  const html = paymentFormHtml(integration, { ...SAMPLE, checkValue: sample.data.checkValue });
  return (
    <Stack spacing={3}>
      <Typography component="h1" variant="h5">
        {t('integration.title')}
      </Typography>
      <SectionCard title={t('integration.title')}>
        <FieldList
          fields={[
            {
              label: t('integration.mode'),
              value: integration.mode === 'test' ? t('translation:shell.modeTest') : t('translation:shell.modeLive'),
            },
            {
              label: t('integration.merchantId'),
              value: <CopyableCode value={integration.merchantId} label={t('integration.merchantId')} />,
            },
            {
              label: t('integration.paymentUrl'),
              value: <CopyableCode value={integration.paymentUrl} label={t('integration.paymentUrl')} />,
            },
            {
              label: t('integration.checkValueRule'),
              value: integration.requireCheckValue ? t('integration.required') : t('integration.optional'),
            },
          ]}
        />
      </SectionCard>
      <SectionCard title={t('integration.formTitle')}>
        <p>{t('integration.formHint')}</p>
        <Box sx={{ display: 'flex', alignItems: 'center' }}>
          <Typography component="h3" variant="subtitle2">
            {t('integration.formCode')}
          </Typography>
          <CopyButton value={html} label={t('integration.copyForm')} />
        </Box>
        <Box
          component="pre"
          tabIndex={0}
          aria-label={t('integration.formCode')}
          data-testid="payment-form-html"
          sx={{ overflowX: 'auto', bgcolor: 'grey.100', p: 2, fontSize: 13 }}
        >
          {html}
        </Box>
      </SectionCard>
      <SectionCard title={t('integration.sampleTitle')}>
        <p>{t('integration.formula')}</p>
        <CheckValueResult answer={sample.data} />
        <CheckValueTry profileId={profileId} initial={SAMPLE} />
      </SectionCard>
      <NotificationExample merchantId={integration.merchantId} />
    </Stack>
  );
}
