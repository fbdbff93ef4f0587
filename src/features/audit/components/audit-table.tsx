import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@/api/audit';
import { DateTime } from '@/components/date-time';
import { addAuditMessages } from '@/lib/i18n/audit-messages';

addAuditMessages();

/** Entries of the audit log: when (merchant zone), who from where, what, on what, how it ended. */
export function AuditTable({ entries, label }: { entries: readonly AuditEntry[]; label: string }) {
  const { t } = useTranslation('audit');
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>{t('at')}</TableCell>
            <TableCell>{t('user')}</TableCell>
            <TableCell>{t('action')}</TableCell>
            <TableCell>{t('outcome')}</TableCell>
            <TableCell>{t('object')}</TableCell>
            <TableCell>{t('amount')}</TableCell>
            <TableCell>{t('ip')}</TableCell>
            <TableCell>{t('detail')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((entry) => (
            <TableRow key={entry.id}>
              <TableCell>
                <DateTime value={entry.at} />
              </TableCell>
              <TableCell>{entry.user}</TableCell>
              <TableCell>{t(`actions.${entry.action}`, { defaultValue: entry.action })}</TableCell>
              <TableCell>
                {t(`outcomes.${entry.outcome}`)}
                {entry.code && ` (${entry.code})`}
              </TableCell>
              <TableCell sx={{ wordBreak: 'break-all' }}>
                {[entry.profileId, entry.object].filter(Boolean).join(' · ') || '—'}
              </TableCell>
              <TableCell>{entry.amount ? `${entry.amount} ${entry.currency ?? ''}` : '—'}</TableCell>
              <TableCell>{entry.ip || '—'}</TableCell>
              <TableCell sx={{ wordBreak: 'break-word' }}>{entry.detail ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
