import Typography from '@mui/material/Typography';
import type { GridPaginationModel, GridSortModel } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { OrderSummary } from '@/api/orders';
import { ErrorState } from '@/components/error-state';
import { useDocumentTitle } from '@/components/use-document-title';
import { orderListQueryOptions } from '../api/order-queries';
import { DEFAULT_LIST_QUERY, parseListQuery, toListSearchParams, type ListQuery } from '../model/list-query';
import { itemsToSort, sortToItems } from '../model/list-sort';
import { orderPath, type OrderLinkState } from '../model/paths';
import { OrdersGrid } from './orders-grid';

const HEADING_ID = 'orders-heading';

/** The orders monitor of one profile; its list state lives in the URL. */
export function OrdersPage({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('orders.heading'));
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseListQuery(searchParams), [searchParams]);
  const list = useQuery(orderListQueryOptions(profileId, query));
  // Stable models: the grid treats a new sort model as a new sort and jumps back to page one.
  const paginationModel = useMemo(
    () => ({ page: query.page - 1, pageSize: query.pageSize }),
    [query.page, query.pageSize],
  );
  const sortModel = useMemo(() => sortToItems(query.sort), [query.sort]);

  const showQuery = (next: ListQuery) => setSearchParams(toListSearchParams(next));

  const onPaginationModelChange = ({ page, pageSize }: GridPaginationModel) => {
    // Before the first page arrives the grid knows no row count and would clamp the page to 0.
    if (list.data === undefined) return;
    if (pageSize !== query.pageSize) showQuery({ ...query, pageSize, page: 1 });
    else if (page + 1 !== query.page) showQuery({ ...query, page: page + 1 });
  };

  const onSortModelChange = (model: GridSortModel) => {
    const sort = itemsToSort(model, DEFAULT_LIST_QUERY.sort);
    if (sort !== query.sort) showQuery({ ...query, sort, page: 1 });
  };

  const open = (order: OrderSummary) => {
    const state: OrderLinkState = { listSearch: location.search };
    void navigate(orderPath(profileId, order.billnumber), { state });
  };

  return (
    <>
      <Typography id={HEADING_ID} component="h1" variant="h4" sx={{ mb: 2 }}>
        {t('orders.heading')}
      </Typography>
      {list.isError && list.data === undefined ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
      ) : (
        <OrdersGrid
          labelledBy={HEADING_ID}
          rows={list.data?.items ?? []}
          rowCount={list.data?.total ?? 0}
          loading={list.isPending || list.isPlaceholderData}
          paginationModel={paginationModel}
          onPaginationModelChange={onPaginationModelChange}
          sortModel={sortModel}
          onSortModelChange={onSortModelChange}
          onOpen={open}
        />
      )}
    </>
  );
}
