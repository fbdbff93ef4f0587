import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PaymentMeans } from '@/api/orders';

const CARD_NUMBER = { fontFamily: 'monospace', whiteSpace: 'nowrap' } as const;

/** "Visa 411111******1111", or the means' name when it has no card number; no hooks, for grid rows. */
export function paymentMeansCell(means: PaymentMeans | null, t: TFunction) {
  if (means === null) return t('common.none');
  return (
    <span>
      {t(`brand.${means.brand}`)}
      {means.cardnumber && (
        <>
          {' '}
          <span style={CARD_NUMBER}>{means.cardnumber}</span>
        </>
      )}
    </span>
  );
}

/** The same text where it is rendered on its own (an operation's card). */
export function PaymentMeansText({ means }: { means: PaymentMeans | null }) {
  const { t } = useTranslation();
  return paymentMeansCell(means, t);
}
