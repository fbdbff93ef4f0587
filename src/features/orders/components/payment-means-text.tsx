import { useTranslation } from 'react-i18next';
import type { PaymentMeans } from '@/api/orders';

/** "Visa 411111******1111", or the means' name when it has no card number. */
export function PaymentMeansText({ means }: { means: PaymentMeans | null }) {
  const { t } = useTranslation();
  if (means === null) return <>{t('common.none')}</>;
  return (
    <span>
      {t(`brand.${means.brand}`)}
      {means.cardnumber && (
        <>
          {' '}
          <span style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{means.cardnumber}</span>
        </>
      )}
    </span>
  );
}
