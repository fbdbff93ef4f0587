import { hashKey, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { readCsrfToken } from '@/api/csrf-token';
import type { OrderSort, OrderSummary, OrderView } from '@/api/orders';
import { CurrencyTotals } from '@/components/currency-totals';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { NavigationPending } from '@/components/navigation-pending';
import { buttonClass, startIconClass } from '@/components/plain/button-class';
import { classNames } from '@/components/plain/class-names';
import { PlainIcon } from '@/components/plain/plain-icon';
import plain from '@/components/plain/plain.module.css';
import { RefreshBar } from '@/components/refresh-bar';
import { useDocumentTitle } from '@/components/use-document-title';
import { currentLanguage } from '@/lib/i18n/i18n';
import { lazyThemed, withTheme } from '@/components/theme/lazy-themed';
import { orderCountsQueryOptions, orderListQueryOptions, orderTotalsQueryOptions } from '../api/order-queries';
import { GRID_FIELDS, exportColumnsOf } from '../model/export-columns';
import { parseListQuery, toListSearchParams, type ListQuery } from '../model/list-query';
import {
  activeFilterFields,
  countFiltersOf,
  filtersOf,
  withFilter,
  withoutFilters,
  type FilterField,
} from '../model/order-filters';
import { orderPath, type OrderLinkState } from '../model/paths';
import { statesOfView, viewOfStates } from '../model/quick-views';
import { ActiveFiltersSummary } from './active-filters-summary';
import { BulkActionsBar } from './bulk-actions-bar';
import { ExportControl } from './export-control';
import type { OrderActionSlots } from './order-action-slots';
import type { FilterPatch } from './orders-filters-panel';
import { OrdersGrid } from './orders-grid';
import { QuickViews } from './quick-views';
import { useColumnVisibility, visibleFields } from './use-column-visibility';
import { useRowSelection } from './use-row-selection';
import styles from './orders-page.module.css';

const HEADING_ID = 'orders-heading';
/** The filters panel (fields, pickers, validation) is fetched when first wanted, not with the list. */
const loadFiltersPanel = withTheme(() => import('./orders-filters-panel'));
const OrdersFiltersPanel = lazyThemed(loadFiltersPanel, (module) => module.OrdersFiltersPanel);
const EMPTY_ROWS: OrderSummary[] = [];

const headingClass = classNames(plain.h4, styles.heading);
/** The filters toggle: outlined, filled while the panel is open (MUI's looks, static CSS). */
const toggleClass = (open: boolean) =>
  open ? classNames(buttonClass('contained'), styles.open) : buttonClass('outlined', 'medium', 'primary');
const FILTERS_PANEL_ID = 'orders-filters';
/** How long a change of the list waits for its rows before its address renders anyway. */
const ROWS_WAIT_MS = 250;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface OrdersPageProps {
  profileId: string;
  slots?: OrderActionSlots;
  /** Whether the user holds the export right; the route decides from the session. */
  canExport?: boolean;
}

/** The orders monitor of one profile; its list state (filters, view, sort, page) lives in the URL. */
export function OrdersPage({ profileId, slots = {}, canExport = false }: OrdersPageProps) {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('orders.heading'));
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseListQuery(searchParams), [searchParams]);
  const list = useQuery(orderListQueryOptions(profileId, query));
  const countFilters = useMemo(() => countFiltersOf(query), [query]);
  const counts = useQuery(orderCountsQueryOptions(profileId, countFilters));
  const listFilters = useMemo(() => filtersOf(query), [query]);
  const totals = useQuery(orderTotalsQueryOptions(profileId, listFilters));
  const columnVisibility = useColumnVisibility();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const rows = list.data?.items ?? EMPTY_ROWS;
  const selection = useRowSelection(rows, searchParams.toString());
  const { rowActions, bulkActions } = slots;
  const queryClient = useQueryClient();

  /**
   * Every change goes through the URL, computed from the URL as it is at that moment (not as it
   * was when a debounced field started its timer), so two quick edits never undo each other.
   * The new page is asked for at once, and the new address renders when its rows are in (or
   * after ROWS_WAIT_MS, with the old rows marked as refreshing): one render with the new rows,
   * not one with the old rows and another when the new ones arrive. A later change supersedes
   * one still waiting; it was built on it.
   */
  // The address last asked for: two changes in one moment (a field committed as it loses focus
  // to a preset's button) both build on it, before the router has rendered the first.
  const latestSearch = useRef(searchParams);
  useLayoutEffect(() => {
    latestSearch.current = searchParams;
  }, [searchParams]);
  // A change still waiting for its rows must not bring back a user who has left the monitor, or
  // cut short their way to another page.
  const shown = useRef(false);
  useEffect(() => {
    shown.current = true;
    return () => {
      shown.current = false;
    };
  }, []);
  const isNavigating = useContext(NavigationPending);
  // The rows a change still waiting has asked for: a later change makes them unwanted.
  const waitingFor = useRef<readonly unknown[] | null>(null);
  const update = useCallback(
    (change: (current: ListQuery) => ListQuery) => {
      const next = toListSearchParams(change(parseListQuery(latestSearch.current)));
      latestSearch.current = next;
      if (readCsrfToken() === null) {
        setSearchParams(next);
        return;
      }
      const options = orderListQueryOptions(profileId, parseListQuery(next));
      const superseded = waitingFor.current;
      waitingFor.current = options.queryKey;
      // Nothing shows the superseded rows (no observer): their request is cancelled, not left to run.
      if (
        superseded !== null &&
        hashKey(superseded) !== hashKey(options.queryKey) &&
        queryClient.getQueryCache().find({ queryKey: superseded, exact: true })?.getObserversCount() === 0
      ) {
        void queryClient.cancelQueries({ queryKey: superseded, exact: true });
      }
      const rows = queryClient.prefetchQuery(options);
      void Promise.race([rows, delay(ROWS_WAIT_MS)]).then(() => {
        if (waitingFor.current === options.queryKey) waitingFor.current = null;
        if (shown.current && !isNavigating() && latestSearch.current === next) setSearchParams(next);
      });
    },
    [setSearchParams, queryClient, profileId, isNavigating],
  );

  const onFilter = (patch: FilterPatch) =>
    update((current) =>
      (Object.keys(patch) as FilterField[]).reduce(
        (next, field) => withFilter(next, field, patch[field] as ListQuery[typeof field]),
        current,
      ),
    );

  const onPageChange = (page: number) => update((current) => ({ ...current, page }));
  const onPageSizeChange = (pageSize: number) => update((current) => ({ ...current, pageSize, page: 1 }));
  const onSortChange = (sort: OrderSort) => update((current) => ({ ...current, sort, page: 1 }));

  const onView = (view: OrderView) => update((current) => withFilter(current, 'state', statesOfView(view)));

  // The address of an order depends on the profile alone, so the grid's rows survive a new filter.
  const href = useCallback((order: OrderSummary) => orderPath(profileId, order.billnumber), [profileId]);
  const links = useMemo(
    () => ({ href, state: { listSearch: location.search } satisfies OrderLinkState }),
    [href, location.search],
  );
  const open = useCallback(
    (order: OrderSummary) => void navigate(links.href(order), { state: links.state }),
    [navigate, links],
  );

  const buildExportQuery = () => ({
    ...filtersOf(query),
    state: query.state?.join(','),
    sort: query.sort,
    columns: exportColumnsOf(visibleFields(GRID_FIELDS, columnVisibility.model)).join(','),
    lang: currentLanguage(i18n.language),
  });

  const activeCount = activeFilterFields(query).length;

  return (
    <>
      <div className={styles.headingRow}>
        <h1 id={HEADING_ID} className={headingClass}>
          {t('orders.heading')}
        </h1>
        {canExport && <ExportControl profileId={profileId} buildQuery={buildExportQuery} />}
      </div>
      <QuickViews active={viewOfStates(query.state)} counts={counts.data} onSelect={onView} />
      <div className={styles.filtersRow}>
        <button
          type="button"
          className={toggleClass(filtersOpen)}
          aria-expanded={filtersOpen}
          aria-controls={FILTERS_PANEL_ID}
          onClick={() => setFiltersOpen((isOpen) => !isOpen)}
          onPointerEnter={() => void loadFiltersPanel()}
          onFocus={() => void loadFiltersPanel()}
        >
          <span className={startIconClass}>
            <PlainIcon name="filterList" />
          </span>
          {t('monitoring.filters.toggle')}
          {activeCount > 0 && (
            // The count repeats the summary below, which is what assistive technology reads.
            <span aria-hidden className={styles.count}>
              {activeCount}
            </span>
          )}
        </button>
      </div>
      {filtersOpen && (
        <Suspense fallback={<LoadingState />}>
          <OrdersFiltersPanel id={FILTERS_PANEL_ID} query={query} onFilter={onFilter} />
        </Suspense>
      )}
      <ActiveFiltersSummary
        query={query}
        onRemove={(field) => update((current) => withFilter(current, field, undefined))}
        onReset={() => update(withoutFilters)}
      />
      {list.isError && (list.data === undefined || list.dataUpdatedAt === 0) ? (
        // Failed before this view ever loaded: the rows on hand are another view's, not shown.
        <ErrorState error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
      ) : list.isPending ? (
        <LoadingState />
      ) : (
        <>
          {list.isError && (
            // A refresh failed: the rows below are the last ones received, and say so.
            <ErrorState error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
          )}
          <RefreshBar active={list.isPlaceholderData} />
          {(totals.data !== undefined || totals.isPending) && (
            // Still adding up: the line is held in place (no jump), saying so; a failure shows none.
            <CurrencyTotals label={t('ux.totals.filtered')} totals={totals.data?.byCurrency} />
          )}
          {bulkActions && (
            <BulkActionsBar count={selection.selected.length}>
              {bulkActions(selection.selected, selection.clear)}
            </BulkActionsBar>
          )}
          <OrdersGrid
            labelledBy={HEADING_ID}
            rows={rows}
            total={list.data?.total ?? 0}
            page={query.page}
            pageSize={query.pageSize}
            onPageChange={onPageChange}
            onPageSizeChange={onPageSizeChange}
            sort={query.sort}
            onSortChange={onSortChange}
            links={links}
            onOpen={open}
            visibility={columnVisibility.model}
            onVisibilityChange={columnVisibility.onModelChange}
            rowActions={rowActions}
            selection={bulkActions ? { ids: selection.ids, onChange: selection.onChange } : undefined}
            stale={list.isPlaceholderData}
          />
        </>
      )}
      {slots.overlay}
    </>
  );
}
