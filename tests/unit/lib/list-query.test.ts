import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIST_QUERY,
  parseListQuery,
  toListQueryInput,
  toListSearchParams,
} from '@/features/orders/model/list-query';
import { itemsToSort, sortToItems } from '@/features/orders/model/list-sort';

const parse = (search: string) => parseListQuery(new URLSearchParams(search));

describe('parseListQuery', () => {
  it('gives the defaults for an empty URL: first page of 25, newest first', () => {
    expect(parse('')).toEqual({ page: 1, pageSize: 25, sort: '-orderdate' });
    expect(DEFAULT_LIST_QUERY).toEqual({ page: 1, pageSize: 25, sort: '-orderdate' });
  });

  it('coerces numbers and reads lists from the search string', () => {
    expect(parse('page=3&pageSize=50&sort=orderamount&state=Delayed,Approved&currency=USD')).toEqual({
      page: 3,
      pageSize: 50,
      sort: 'orderamount',
      state: ['Delayed', 'Approved'],
      currency: 'USD',
    });
  });

  it('reads the state with a space as the wire spells it', () => {
    expect(parse('state=In+Process').state).toEqual(['In Process']);
  });

  it('drops only the values that do not parse, keeping the rest', () => {
    expect(parse('page=abc&pageSize=50&sort=bogus&currency=XXX')).toEqual({
      page: 1,
      pageSize: 50,
      sort: '-orderdate',
    });
    expect(parse('page=-4&state=Nope').page).toBe(1);
    expect(parse('page=2.5').page).toBe(1);
  });

  it('ignores unknown parameters and blank values', () => {
    expect(parse('utm_source=mail&page=&foo=bar&page=2')).toEqual(DEFAULT_LIST_QUERY);
    expect(parse('debug=1&page=2')).toEqual({ ...DEFAULT_LIST_QUERY, page: 2 });
  });

  it('offers only the page sizes the list has (25, 50, 100)', () => {
    expect(parse('pageSize=100').pageSize).toBe(100);
    expect(parse('pageSize=10').pageSize).toBe(25);
    expect(parse('pageSize=1000').pageSize).toBe(25);
  });
});

describe('toListSearchParams', () => {
  it('leaves defaults out so the plain list has a plain URL', () => {
    expect(toListSearchParams(DEFAULT_LIST_QUERY).toString()).toBe('');
  });

  it('writes what differs from the defaults', () => {
    const search = toListSearchParams({ ...DEFAULT_LIST_QUERY, page: 2, sort: 'orderamount', state: ['In Process'] });
    expect(Object.fromEntries(search)).toEqual({ page: '2', sort: 'orderamount', state: 'In Process' });
  });

  it('round-trips through the parser', () => {
    const queries = [
      DEFAULT_LIST_QUERY,
      { ...DEFAULT_LIST_QUERY, page: 7, pageSize: 100 },
      { ...DEFAULT_LIST_QUERY, sort: '-orderamount' as const, state: ['Delayed' as const, 'PartialCanceled' as const] },
      { ...DEFAULT_LIST_QUERY, ordernumber: 'A-100%', email: 'a@b.example' },
    ];
    for (const query of queries) expect(parseListQuery(toListSearchParams(query))).toEqual(query);
  });
});

describe('toListQueryInput', () => {
  it('joins the state list for the API', () => {
    expect(toListQueryInput({ ...DEFAULT_LIST_QUERY, state: ['Delayed', 'Approved'] }).state).toBe('Delayed,Approved');
  });
});

describe('grid sort ↔ wire sort', () => {
  it('maps both directions', () => {
    expect(sortToItems('-orderdate')).toEqual([{ field: 'orderdate', sort: 'desc' }]);
    expect(sortToItems('orderamount')).toEqual([{ field: 'orderamount', sort: 'asc' }]);
    expect(itemsToSort([{ field: 'orderamount', sort: 'desc' }], '-orderdate')).toBe('-orderamount');
  });

  it('falls back to the default for no sort or a column the server cannot sort', () => {
    expect(itemsToSort([], '-orderdate')).toBe('-orderdate');
    expect(itemsToSort([{ field: 'orderamount', sort: null }], '-orderdate')).toBe('-orderdate');
    expect(itemsToSort([{ field: 'email', sort: 'asc' }], '-orderdate')).toBe('-orderdate');
  });
});
