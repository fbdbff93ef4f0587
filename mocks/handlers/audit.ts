import type { AuditEntry } from '@/api/audit';
import type { Endpoints } from '@/api/endpoints';
import { CSV_BOM, csvLine } from '../gateway/csv';
import { filterAudit } from '../gateway/access/audit-trail';
import { pullStream } from './csv-stream';
import type { Resolver } from './resolver';

export const listAudit: Resolver<Endpoints['listAudit']> = ({ gateway, query }) => {
  const { page, pageSize, ...filters } = query;
  const matching = filterAudit(gateway.auditLog(), filters).reverse();
  return { items: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length, page, pageSize };
};

const COLUMNS: readonly (keyof AuditEntry)[] = [
  'at',
  'user',
  'ip',
  'action',
  'outcome',
  'code',
  'profileId',
  'object',
  'amount',
  'currency',
  'detail',
];

function* auditCsv(entries: readonly AuditEntry[]): Generator<string> {
  yield CSV_BOM + csvLine([...COLUMNS]);
  for (let start = 0; start < entries.length; start += 500) {
    yield entries
      .slice(start, start + 500)
      .map((entry) => csvLine(COLUMNS.map((column) => entry[column])))
      .join('');
  }
}

/** Newest first, as on screen; times in UTC ISO 8601 so no reader misreads the zone. */
export const exportAudit: Resolver<Endpoints['exportAudit']> = ({ gateway, query }) => {
  const entries = filterAudit(gateway.auditLog(), query).reverse();
  const stamp = new Date(gateway.clock.now()).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return new Response(pullStream(auditCsv(entries)), {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-${stamp}.csv"`,
      'X-Total-Count': String(entries.length),
      'Cache-Control': 'no-store',
    },
  });
};

export const orderAudit: Resolver<Endpoints['orderAudit']> = ({ gateway, params }) => {
  gateway.getOrder(params.profileId, params.billnumber);
  return {
    items: gateway
      .auditLog()
      .filter((entry) => entry.profileId === params.profileId && entry.object === params.billnumber),
  };
};
