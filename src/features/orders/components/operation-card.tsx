import Box from '@mui/material/Box';
import Chip, { type ChipProps } from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Operation, OperationState } from '@/api/orders';
import { DateTime } from '@/components/date-time';
import { FieldList } from '@/components/field-list';
import { Money } from '@/components/money';
import { intlLocale } from '@/lib/i18n/i18n';
import { formatPoints } from '@/lib/money';
import { CANCEL_REASON_KEYS, OPERATION_TYPE_KEYS } from '@/lib/i18n/domain-labels';
import { PaymentMeansText } from './payment-means-text';

const OPERATION_STATE_COLORS: Record<OperationState, ChipProps['color']> = {
  N: 'default',
  P: 'info',
  S: 'success',
  F: 'error',
  T: 'default',
};

/** «Спасибо» operations count points, not money. */
const BONUS_TYPES: ReadonlySet<Operation['type']> = new Set(['400', '410', '500', '510']);

/** One operation on the order with everything the gateway recorded, and its transactions. */
export function OperationCard({ operation }: { operation: Operation }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const transactionsId = useId();
  const none = t('common.none');
  const typeLabel = t(`operationType.${OPERATION_TYPE_KEYS[operation.type]}`);
  return (
    <Paper component="article" variant="outlined" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, mb: 2 }}>
        <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
          {t('operations.title', { type: typeLabel, billnumber: operation.billnumber })}
        </Typography>
        <Chip
          size="small"
          color={OPERATION_STATE_COLORS[operation.state]}
          label={t(`operationState.${operation.state}`)}
          data-operation-state={operation.state}
        />
      </Box>
      <FieldList
        fields={[
          { label: t('operations.state'), value: t(`operationState.${operation.state}`) },
          {
            label: t('operations.amount'),
            value: BONUS_TYPES.has(operation.type) ? (
              t('ux.money.points', { points: formatPoints(operation.amount, intlLocale(i18n.language)) })
            ) : (
              <Money amount={operation.amount} currency={operation.currency} />
            ),
          },
          { label: t('operations.means'), value: <PaymentMeansText means={operation.paymentmeans} /> },
          operation.threedsresult !== null && {
            label: t('operations.threeds'),
            value: t(`threeDs.${operation.threedsresult}`),
          },
          { label: t('operations.start'), value: <DateTime value={operation.startdate} /> },
          { label: t('operations.end'), value: operation.enddate ? <DateTime value={operation.enddate} /> : none },
          { label: t('operations.responseCode'), value: operation.responsecode ?? none },
          { label: t('operations.message'), value: operation.message ?? none },
          { label: t('operations.approvalCode'), value: operation.approvalcode ?? none },
          { label: t('operations.user'), value: operation.user ?? none },
          operation.reason !== null && {
            label: t('operations.reason'),
            value: t(`cancelReason.${CANCEL_REASON_KEYS[operation.reason]}`),
          },
          operation.ip !== null && { label: t('operations.ip'), value: operation.ip },
          operation.arn !== null && { label: t('operations.arn'), value: operation.arn },
        ]}
      />
      <Typography id={transactionsId} component="h4" variant="subtitle2" sx={{ mt: 2, mb: 1 }}>
        {t('operations.transactions')}
      </Typography>
      {operation.transactions.length === 0 ? (
        <Typography color="text.secondary">{t('operations.noTransactions')}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-labelledby={transactionsId}>
            <TableHead>
              <TableRow>
                <TableCell>{t('operations.transactionType')}</TableCell>
                <TableCell align="right">{t('operations.transactionAmount')}</TableCell>
                <TableCell>{t('operations.transactionState')}</TableCell>
                <TableCell>{t('operations.transactionDate')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {operation.transactions.map((transaction) => (
                <TableRow key={transaction.id}>
                  <TableCell>{t(`transactionType.${transaction.type}`)}</TableCell>
                  <TableCell align="right">
                    <Money amount={transaction.amount} currency={transaction.currency} />
                  </TableCell>
                  <TableCell>{t(`transactionState.${transaction.state}`)}</TableCell>
                  <TableCell>
                    <DateTime value={transaction.date} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Paper>
  );
}
