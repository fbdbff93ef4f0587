import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { SectionCard } from '@/components/section-card';
import { addAuditMessages } from '@/lib/i18n/audit-messages';
import { orderAuditQueryOptions } from '../api/audit-queries';
import { AuditTable } from './audit-table';

addAuditMessages();

/** "Who did what to this order": its confirms, cancels and refusals, from the audit log. */
export function OrderAuditSection({ profileId, billnumber }: { profileId: string; billnumber: string }) {
  const { t } = useTranslation('audit');
  const log = useQuery(orderAuditQueryOptions(profileId, billnumber));
  return (
    <SectionCard title={t('orderTitle')}>
      {log.isPending && <LoadingState />}
      {log.isError && <ErrorState error={log.error} onRetry={() => void log.refetch()} />}
      {log.data && log.data.items.length === 0 && <EmptyState title={t('orderEmpty')} />}
      {log.data && log.data.items.length > 0 && <AuditTable entries={log.data.items} label={t('orderTitle')} />}
    </SectionCard>
  );
}
