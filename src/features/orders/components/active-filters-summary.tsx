import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMerchantTimeZone } from '@/components/merchant-time-zone';
import { formatDateTime } from '@/lib/dates';
import { intlLocale } from '@/lib/i18n/i18n';
import { orderStateLabelKey } from '@/lib/i18n/domain-labels';
import { amountFilterText } from '../model/amount-filter';
import type { ListQuery } from '../model/list-query';
import { activeFilterFields, type FilterField } from '../model/order-filters';

/** The filter's value as the summary shows it (dates in the merchant's zone, labels translated). */
function useFilterValueText() {
  const { t, i18n } = useTranslation();
  const timeZone = useMerchantTimeZone();
  const locale = intlLocale(i18n.language);
  return (query: ListQuery, field: FilterField): string => {
    switch (field) {
      case 'from':
      case 'to':
        return formatDateTime(query[field] ?? '', timeZone, locale);
      case 'state':
        return (query.state ?? []).map((state) => t(orderStateLabelKey(state))).join(', ');
      case 'ordertype':
        return query.ordertype ? t(`orderType.${query.ordertype}`) : '';
      case 'means':
        return query.means ? t(`meansType.${query.means}`) : '';
      case 'brand':
        return query.brand ? t(`brand.${query.brand}`) : '';
      case 'amountFrom':
      case 'amountTo':
        return amountFilterText(query[field] ?? '', locale);
      default:
        return query[field] ?? '';
    }
  };
}

/** What the list is filtered by, each removable with one click, and a reset of them all. */
export function ActiveFiltersSummary({
  query,
  onRemove,
  onReset,
}: {
  query: ListQuery;
  onRemove: (field: FilterField) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const valueText = useFilterValueText();
  const fields = activeFilterFields(query);
  if (fields.length === 0) return null;
  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 2 }}
    >
      <Typography id={headingId} variant="body2" color="text.secondary" component="h2">
        {t('monitoring.summary.label')}
      </Typography>
      <Box component="ul" sx={{ display: 'contents', listStyle: 'none' }}>
        {fields.map((field) => {
          const text = t('monitoring.summary.item', {
            label: t(`monitoring.summary.fields.${field}`),
            value: valueText(query, field),
          });
          return (
            <Box component="li" key={field} sx={{ display: 'inline-flex', minWidth: 0 }}>
              <Chip
                size="small"
                label={text}
                aria-label={t('monitoring.summary.remove', { filter: text })}
                onClick={() => onRemove(field)}
                onDelete={() => onRemove(field)}
                sx={{ maxWidth: 360 }}
              />
            </Box>
          );
        })}
      </Box>
      <Button size="small" onClick={onReset}>
        {t('monitoring.summary.reset')}
      </Button>
    </Box>
  );
}
