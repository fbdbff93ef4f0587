import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '@/api/orders';
import { FieldList } from '@/components/field-list';
import { SectionCard } from '@/components/section-card';
import { currentLanguage, intlLocale } from '@/lib/i18n/i18n';
import { organisationName } from '@/lib/i18n/organisation-names';

function countryName(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase());
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** How the buyer paid: the masked card, its holder and issuer, and the 3-D Secure result. */
export function OrderMeansSection({ order }: { order: OrderDetail }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  const means = order.paymentmeans;
  return (
    <SectionCard title={t('order.sections.means')}>
      {means === null ? (
        <Typography color="text.secondary">{t('order.fields.noMeans')}</Typography>
      ) : (
        <FieldList
          fields={[
            { label: t('order.fields.meansType'), value: t(`meansType.${means.type}`) },
            { label: t('order.fields.brand'), value: t(`brand.${means.brand}`) },
            means.cardnumber !== null && {
              label: t('order.fields.cardnumber'),
              value: <span style={{ fontFamily: 'monospace' }}>{means.cardnumber}</span>,
            },
            { label: t('order.fields.cardholder'), value: means.cardholder ?? none },
            {
              label: t('order.fields.bank'),
              value: means.bank === null ? none : organisationName(means.bank, currentLanguage(i18n.language)),
            },
            {
              label: t('order.fields.country'),
              value: means.country === null ? none : countryName(means.country, intlLocale(i18n.language)),
            },
            {
              label: t('order.fields.threeds'),
              value: order.threedsresult === null ? none : t(`threeDs.${order.threedsresult}`),
            },
          ]}
        />
      )}
    </SectionCard>
  );
}
