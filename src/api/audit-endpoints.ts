import { endpoint } from './endpoint-def';
import { AuditFilters, AuditPage, AuditQuery } from './audit';

/** The audit log (the audit page). */
export const auditEndpoints = {
  listAudit: endpoint({
    method: 'GET',
    path: '/audit',
    summary: 'The append-only audit log, newest first, filtered and paged on the server',
    right: 'audit',
    query: AuditQuery,
    response: AuditPage,
    errors: [401, 403, 422],
  }),
  exportAudit: endpoint({
    method: 'GET',
    path: '/audit/export',
    summary: 'The audit entries the filters match, as CSV (UTF-8 with BOM, ";" separated)',
    right: 'audit',
    query: AuditFilters,
    produces: 'text/csv',
    errors: [401, 403, 422],
  }),
} as const;
