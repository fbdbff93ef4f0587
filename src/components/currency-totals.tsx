import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyTotal } from '@/api/order-totals';
import { Money } from './money';

/**
 * A total per currency («Итого: 1 234,00 ₽ — 12 заказов; 56,00 $ — 1 заказ»): amounts in
 * different currencies are never added together. While the server still adds up (`totals`
 * undefined) the line is there already, saying so, so the list under it does not jump down
 * when the sums arrive.
 */
export function CurrencyTotals({ label, totals }: { label: string; totals: readonly CurrencyTotal[] | undefined }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Box
      role="group"
      aria-labelledby={labelId}
      aria-busy={totals === undefined || undefined}
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: 2, rowGap: 0.5, my: 1 }}
    >
      <Typography id={labelId} component="span" variant="body2" sx={{ fontWeight: 600 }}>
        {label}
      </Typography>
      {totals === undefined ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('ux.totals.counting')}
        </Typography>
      ) : totals.length === 0 ? (
        <Typography variant="body2">{t('ux.totals.none')}</Typography>
      ) : (
        <Box component="ul" sx={{ display: 'contents', listStyle: 'none' }}>
          {totals.map((total) => (
            <Typography key={total.currency} component="li" variant="body2">
              <Money amount={total.amount} currency={total.currency} />{' '}
              <Box component="span" sx={{ color: 'text.secondary' }}>
                {t('ux.totals.orders', { count: total.count })}
              </Box>
            </Typography>
          ))}
        </Box>
      )}
    </Box>
  );
}
