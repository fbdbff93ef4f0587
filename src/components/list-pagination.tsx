import TablePagination from '@mui/material/TablePagination';

interface ListPaginationProps {
  count: number;
  /** 0-based. */
  page: number;
  pageSize: number;
  pageSizes: number[];
  /** A new page size starts again at the first page. */
  onChange: (page: number, pageSize: number) => void;
}

/** Paging of a server-side list. */
export function ListPagination({ count, page, pageSize, pageSizes, onChange }: ListPaginationProps) {
  return (
    <TablePagination
      component="div"
      count={count}
      page={page}
      rowsPerPage={pageSize}
      rowsPerPageOptions={pageSizes}
      onPageChange={(_, next) => onChange(next, pageSize)}
      onRowsPerPageChange={(event) => onChange(0, Number(event.target.value))}
    />
  );
}
