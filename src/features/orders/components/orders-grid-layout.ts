import type { SxProps, Theme } from '@mui/material/styles';
import { TEST_MODE_BACKGROUND, TEST_MODE_TEXT } from '@/components/test-mode-colors';

const TONES = ['info', 'warning', 'success', 'error'] as const;

/** The state label as the state chip draws it (filled, or outlined for partial states). */
function stateLabelSx(theme: Theme) {
  const tones = Object.fromEntries(
    TONES.flatMap((tone) => [
      [
        `&[data-tone="${tone}"]`,
        { backgroundColor: theme.palette[tone].main, color: theme.palette[tone].contrastText },
      ],
      [
        `&[data-tone="${tone}"][data-outlined]`,
        { backgroundColor: 'transparent', color: theme.palette[tone].main, borderColor: theme.palette[tone].main },
      ],
    ]),
  );
  return {
    display: 'inline-block',
    padding: '1px 8px',
    borderRadius: 12,
    border: '1px solid transparent',
    fontSize: '0.8125rem',
    lineHeight: 1.5,
    whiteSpace: 'nowrap',
    backgroundColor: theme.palette.action.selected,
    color: theme.palette.text.primary,
    '&[data-outlined]': { backgroundColor: 'transparent', borderColor: theme.palette.grey[500] },
    ...tones,
  };
}

/**
 * The orders table's look. Wide screens: a table that wraps long text rather than scrolling
 * sideways. Phones: each row a card (order number and amount, date and state, customer; the
 * checkbox and the menu on its sides), the header reduced to the sortable columns.
 */
export const gridSx: SxProps<Theme> = (theme) => ({
  width: '100%',
  borderCollapse: 'collapse',
  fontSize: '0.875rem',
  '& th, & td': {
    px: 1,
    py: 0.75,
    borderBottom: 1,
    borderColor: 'divider',
    verticalAlign: 'middle',
    textAlign: 'left',
    overflowWrap: 'anywhere',
  },
  '& th': { fontWeight: 600, color: 'text.secondary', lineHeight: 1.3 },
  '& th[data-sortable]': { cursor: 'pointer', userSelect: 'none', '&:hover': { bgcolor: 'action.hover' } },
  '& [data-field="orderamount"]': { textAlign: 'right', whiteSpace: 'nowrap' },
  '& [data-field="orderdate"], & td[data-field="billnumber"]': { whiteSpace: 'nowrap' },
  '& td[data-field="billnumber"]': { fontVariantNumeric: 'tabular-nums', fontSize: '0.8125rem' },
  '& [data-field="select"], & [data-field="actions"]': { width: 44, px: 0, textAlign: 'center' },
  '& tbody tr[data-id]': { cursor: 'pointer', '&:hover': { bgcolor: 'action.hover' } },
  '& tbody tr[aria-selected="true"]': { bgcolor: 'action.selected' },
  '& .order-link': {
    color: theme.palette.primary.main,
    fontWeight: 500,
    textDecoration: 'underline',
    textDecorationColor: 'rgba(21, 101, 192, 0.4)',
    textUnderlineOffset: 2,
    '&:hover': { textDecorationColor: 'currentColor' },
  },
  '& .test-mark': {
    marginLeft: 1,
    padding: '0 6px',
    borderRadius: 1,
    backgroundColor: TEST_MODE_BACKGROUND,
    color: TEST_MODE_TEXT,
    fontWeight: 700,
    fontSize: '0.75rem',
  },
  '& .order-state': stateLabelSx(theme),
  // Native checkboxes (a page of rows mounts no component for them) with a 40 px target.
  '& .check-area': { display: 'inline-flex', padding: '11px', cursor: 'pointer' },
  '& .check-area input': {
    width: 18,
    height: 18,
    margin: 0,
    cursor: 'inherit',
    accentColor: theme.palette.primary.main,
  },
  '& .check-area input:disabled': { cursor: 'default' },
  '& .check-area input:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
  '& a:focus-visible, & td:focus-visible, & th:focus-visible': {
    outline: `2px solid ${theme.palette.primary.main}`,
    outlineOffset: -2,
  },
  // While the next result loads: the old rows stay readable but plainly not current.
  '&[data-stale] tbody': { opacity: 0.45, pointerEvents: 'none', transition: 'opacity 120ms 80ms' },
  [theme.breakpoints.down('sm')]: {
    display: 'block',
    '& thead, & tbody': { display: 'block' },
    '& thead tr': { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1 },
    '& thead th': { display: 'none', border: 0, py: 0.5 },
    '& thead th[data-sortable], & thead th[data-field="select"]': {
      display: 'block',
      width: 'auto',
      minWidth: '0 !important',
      whiteSpace: 'nowrap',
    },
    '& tbody tr': { display: 'block', borderBottom: 1, borderColor: 'divider' },
    '& tbody tr[data-id]': {
      display: 'grid',
      // The amount and the state share a column that takes the width they need, so a long label
      // or an amount with its original currency never pushes the menu out of the card; the order
      // number and the date take what is left (and wrap), the customer has a line of its own.
      gridTemplateColumns: 'auto minmax(0, 1fr) auto auto',
      gridTemplateAreas: '"select title amount menu" "select date state menu" "select customer customer menu"',
      alignItems: 'center',
      columnGap: 1,
      py: 0.5,
    },
    '& tbody td': { border: 0, py: 0.25, px: 0.5, width: 'auto' },
    '& td[data-phone="hidden"]': { display: 'none' },
    '& td[data-field="select"]': { gridArea: 'select' },
    '& td[data-field="actions"]': { gridArea: 'menu' },
    '& td[data-phone="title"]': { gridArea: 'title', overflowWrap: 'anywhere', whiteSpace: 'normal' },
    '& td[data-phone="amount"]': { gridArea: 'amount' },
    '& td[data-phone="date"]': {
      gridArea: 'date',
      color: 'text.secondary',
      whiteSpace: 'normal',
      overflowWrap: 'normal',
    },
    '& td[data-phone="state"]': { gridArea: 'state', justifySelf: 'end' },
    '& td[data-phone="customer"]': { gridArea: 'customer', textAlign: 'right' },
  },
});
