import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { BRANDS, MEANS_TYPES, ORDER_TYPES } from '@/api/orders';
import { CURRENCIES } from '@/api/common';
import type { ListQuery } from '../model/list-query';
import { isExactOrdernumber, isValidTextFilter, type FilterField, type TextFilterField } from '../model/order-filters';
import { AmountFilterField } from './amount-filter-field';
import { FilterSelect } from './filter-select';
import { FilterTextField } from './filter-text-field';
import { PeriodFilter } from './period-filter';
import { StateFilter } from './state-filter';

export type FilterPatch = Partial<Pick<ListQuery, FilterField>>;

const INPUT_MODES: Partial<Record<TextFilterField, 'numeric' | 'decimal' | 'email'>> = {
  billnumber: 'numeric',
  cardFirst6: 'numeric',
  cardLast4: 'numeric',
  email: 'email',
};

const MAX_LENGTHS: Partial<Record<TextFilterField, number>> = {
  ordernumber: 128,
  billnumber: 16,
  cardFirst6: 6,
  cardLast4: 4,
  customer: 70,
  email: 128,
};

/** Every filter of the monitor; each one reaches the URL (and the server) on its own. */
export function OrdersFiltersPanel({
  id,
  query,
  onFilter,
}: {
  id: string;
  query: ListQuery;
  onFilter: (patch: FilterPatch) => void;
}) {
  const { t } = useTranslation();

  const text = (field: TextFilterField, invalidKey?: 'digits' | 'six' | 'four') => (
    <FilterTextField
      size="small"
      label={t(`monitoring.filters.${field}`)}
      value={query[field] ?? ''}
      onCommit={(value) => onFilter({ [field]: value === '' ? undefined : value })}
      isValid={(value) => isValidTextFilter(field, value)}
      invalidText={invalidKey && t(`monitoring.filters.invalid.${invalidKey}`)}
      helperText={field === 'ordernumber' ? t('monitoring.filters.ordernumberHelp') : undefined}
      slotProps={{ htmlInput: { inputMode: INPUT_MODES[field], maxLength: MAX_LENGTHS[field] } }}
    />
  );

  return (
    <Box
      id={id}
      component="section"
      aria-label={t('monitoring.filters.panel')}
      sx={{ p: 2, mb: 2, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}
    >
      {isExactOrdernumber(query) && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('monitoring.filters.exactHint')}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, mb: 2 }}>
        <PeriodFilter from={query.from} to={query.to} onChange={(patch) => onFilter(patch)} />
        <StateFilter value={query.state ?? []} onChange={(state) => onFilter({ state })} />
      </Box>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))' }}>
        {text('ordernumber')}
        {text('billnumber', 'digits')}
        {(['amountFrom', 'amountTo'] as const).map((field) => (
          <AmountFilterField
            key={field}
            label={t(`monitoring.filters.${field}`)}
            value={query[field] ?? ''}
            currency={query.currency}
            onCommit={(value) => onFilter({ [field]: value === '' ? undefined : value })}
          />
        ))}
        <FilterSelect
          label={t('monitoring.filters.currency')}
          value={query.currency}
          options={CURRENCIES.map((currency) => ({ value: currency, label: currency }))}
          onChange={(currency) => onFilter({ currency })}
        />
        <FilterSelect
          label={t('monitoring.filters.ordertype')}
          value={query.ordertype}
          options={ORDER_TYPES.map((type) => ({ value: type, label: t(`orderType.${type}`) }))}
          onChange={(ordertype) => onFilter({ ordertype })}
        />
        <FilterSelect
          label={t('monitoring.filters.means')}
          value={query.means}
          options={MEANS_TYPES.map((means) => ({ value: means, label: t(`meansType.${means}`) }))}
          onChange={(means) => onFilter({ means })}
        />
        <FilterSelect
          label={t('monitoring.filters.brand')}
          value={query.brand}
          options={BRANDS.map((brand) => ({ value: brand, label: t(`brand.${brand}`) }))}
          onChange={(brand) => onFilter({ brand })}
        />
        {text('cardFirst6', 'six')}
        {text('cardLast4', 'four')}
        {text('customer')}
        {text('email')}
      </Box>
    </Box>
  );
}
