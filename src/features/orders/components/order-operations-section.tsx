import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '@/api/orders';
import { SectionCard } from '@/components/section-card';
import { OperationCard } from './operation-card';

/** The order's operations in the order they happened: payment first, then what followed. */
export function OrderOperationsSection({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('order.sections.operations')}>
      {order.operations.length === 0 ? (
        <Typography color="text.secondary">{t('operations.none')}</Typography>
      ) : (
        <Stack spacing={2}>
          {order.operations.map((operation) => (
            <OperationCard key={operation.billnumber} operation={operation} />
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
