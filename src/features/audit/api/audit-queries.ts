import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { AuditFilters } from '@/api/audit';
import { callEndpoint, openStream } from '@/api/client';
import { auditEndpoints } from '@/api/audit-endpoints';
import { orderEndpoints } from '@/api/order-endpoints';
import { saveBlob } from '@/lib/save-blob';

export const auditKeys = {
  page: (filters: AuditFilters, page: number, pageSize: number) => ['audit', filters, page, pageSize] as const,
  order: (profileId: string, billnumber: string) => ['audit', 'order', profileId, billnumber] as const,
};

export function auditPageQueryOptions(filters: AuditFilters, page: number, pageSize: number) {
  return queryOptions({
    queryKey: auditKeys.page(filters, page, pageSize),
    queryFn: ({ signal }) => callEndpoint(auditEndpoints.listAudit, { query: { ...filters, page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function orderAuditQueryOptions(profileId: string, billnumber: string) {
  return queryOptions({
    queryKey: auditKeys.order(profileId, billnumber),
    queryFn: ({ signal }) => callEndpoint(orderEndpoints.orderAudit, { params: { profileId, billnumber }, signal }),
  });
}

/** The entries the filters match, as the server's CSV file. */
export async function downloadAudit(filters: AuditFilters): Promise<void> {
  const response = await openStream(auditEndpoints.exportAudit, { query: filters });
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'audit.csv';
  saveBlob({ blob: await response.blob(), filename: name });
}
