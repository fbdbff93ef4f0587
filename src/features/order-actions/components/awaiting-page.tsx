import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '@/api/orders';
import { CurrencyTotals } from '@/components/currency-totals';
import { serverNow } from '@/api/server-clock';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { useDocumentTitle } from '@/components/use-document-title';
import { useNow } from '@/components/use-now';
import { AWAITING_PAGE_SIZE, awaitingQueryOptions, awaitingTotalsQueryOptions } from '../api/awaiting-queries';
import type { ActionContext } from '../model/action-context';
import { msUntilNearest } from '@/lib/deadline-urgency';
import { AwaitingTable } from './awaiting-table';
import { BulkActionDialog } from './bulk-action-dialog';
import { useRowActionDialog } from './use-row-action-dialog';

export interface AwaitingPageProps {
  profileId: string;
  /** Null when the user may move no money: the list without actions. */
  context: ActionContext | null;
  /** Where an order's page is; the orders feature owns that address. */
  orderHref: (billnumber: string) => string;
}

/**
 * The cockpit of holds awaiting confirmation, the nearest deadline first. When a deadline
 * passes the gateway reverses the hold by itself, so the list is refetched at that moment.
 */
export function AwaitingPage({ profileId, context, orderHref }: AwaitingPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('actions.awaiting.heading'));
  const headingId = useId();
  const [page, setPage] = useState(1);
  const now = useNow(30_000);
  const list = useQuery(awaitingQueryOptions(profileId, page));
  const totals = useQuery(awaitingTotalsQueryOptions(profileId));
  // The page's orders are frozen when the dialog opens: it lists them as they were offered.
  const [bulk, setBulk] = useState<readonly OrderSummary[] | null>(null);
  const { open, dialog } = useRowActionDialog(context);
  const items = list.data?.items;
  const { refetch } = list;

  useEffect(() => {
    const wait = msUntilNearest(items?.map((order) => order.confirmdeadline) ?? [], new Date(serverNow()));
    // setTimeout holds at most ~24.8 days; a longer wait is cut short and simply re-armed.
    if (wait === null) return;
    const timer = setTimeout(() => void refetch(), Math.min(wait + 1_000, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [items, refetch]);

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / AWAITING_PAGE_SIZE));

  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <Typography id={headingId} component="h1" variant="h4" sx={{ flexGrow: 1 }}>
          {t('actions.awaiting.heading')}
        </Typography>
        <Button variant="outlined" onClick={() => void refetch()} disabled={list.isFetching}>
          {t('actions.awaiting.refresh')}
        </Button>
      </Box>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('actions.awaiting.hint')}
      </Typography>
      {list.isError && list.data === undefined ? (
        <ErrorState error={list.error} onRetry={() => void refetch()} retrying={list.isFetching} />
      ) : items === undefined ? (
        <LoadingState />
      ) : items.length === 0 ? (
        <EmptyState title={t('actions.awaiting.empty')} />
      ) : (
        <>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 1 }}>
            <Box sx={{ flexGrow: 1 }}>
              {(totals.data !== undefined || totals.isPending) && (
                // Still adding up: the line is held in place (no jump), saying so; a failure shows none.
                <CurrencyTotals label={t('ux.totals.held')} totals={totals.data?.byCurrency} />
              )}
            </Box>
            {context?.canConfirm && (
              <Button variant="contained" onClick={() => setBulk(items)}>
                {t('ux.awaiting.confirmPage', { count: items.length })}
              </Button>
            )}
          </Box>
          <AwaitingTable
            labelledBy={headingId}
            orders={items}
            now={now}
            context={context}
            orderHref={orderHref}
            onChoose={open}
          />
          {pages > 1 && (
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', justifyContent: 'flex-end', mt: 1 }}>
              <Typography variant="body2">
                {t('actions.awaiting.pages', {
                  from: (page - 1) * AWAITING_PAGE_SIZE + 1,
                  to: Math.min(page * AWAITING_PAGE_SIZE, total),
                  count: total,
                })}
              </Typography>
              <Button
                size="small"
                aria-label={t('actions.awaiting.previous')}
                disabled={page <= 1}
                onClick={() => setPage(page - 1)}
              >
                ‹
              </Button>
              <Button
                size="small"
                aria-label={t('actions.awaiting.next')}
                disabled={page >= pages}
                onClick={() => setPage(page + 1)}
              >
                ›
              </Button>
            </Box>
          )}
        </>
      )}
      {dialog}
      {bulk !== null && context !== null && (
        <BulkActionDialog
          kind="confirm"
          orders={bulk}
          context={context}
          onClose={(anyDone) => {
            setBulk(null);
            if (anyDone) void refetch();
          }}
        />
      )}
    </>
  );
}
