import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { SectionCard } from '@/components/section-card';
import { orderAuditQueryOptions } from '../api/audit-queries';
import { AuditTable } from './audit-table';

/** "Who did what to this order": its confirms, cancels and refusals, from the audit log. */
export function OrderAuditSection({ profileId, billnumber }: { profileId: string; billnumber: string }) {
  const { t } = useTranslation();
  const log = useQuery(orderAuditQueryOptions(profileId, billnumber));
  return (
    <SectionCard title={t('access.audit.orderTitle')}>
      {log.isPending && <LoadingState />}
      {log.isError && <ErrorState error={log.error} onRetry={() => void log.refetch()} />}
      {log.data && log.data.items.length === 0 && <EmptyState title={t('access.audit.orderEmpty')} />}
      {log.data && log.data.items.length > 0 && (
        <AuditTable entries={log.data.items} label={t('access.audit.orderTitle')} />
      )}
    </SectionCard>
  );
}
