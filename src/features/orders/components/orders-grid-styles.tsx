import GlobalStyles from '@mui/material/GlobalStyles';
import { memo } from 'react';
import { gridSx } from './orders-grid-layout';

/** The class of the orders table, styled by the one style sheet below. */
export const ORDERS_GRID_CLASS = 'orders-grid';

/**
 * The orders table's style sheet, turned into CSS once per theme. As an `sx` prop it was
 * serialised and hashed again on every render of the grid, which a filter change paid twice.
 */
export const OrdersGridStyles = memo(function OrdersGridStyles() {
  return <GlobalStyles styles={(theme) => ({ [`table.${ORDERS_GRID_CLASS}`]: theme.unstable_sx(gridSx) })} />;
});
