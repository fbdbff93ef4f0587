import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@/api/audit';
import { DateTime } from '@/components/date-time';

/** Entries of the audit log: when (merchant zone), who from where, what, on what, how it ended. */
export function AuditTable({ entries, label }: { entries: readonly AuditEntry[]; label: string }) {
  const { t } = useTranslation();
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>{t('access.audit.at')}</TableCell>
            <TableCell>{t('access.audit.user')}</TableCell>
            <TableCell>{t('access.audit.action')}</TableCell>
            <TableCell>{t('access.audit.outcome')}</TableCell>
            <TableCell>{t('access.audit.object')}</TableCell>
            <TableCell>{t('access.audit.amount')}</TableCell>
            <TableCell>{t('access.audit.ip')}</TableCell>
            <TableCell>{t('access.audit.detail')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((entry) => (
            <TableRow key={entry.id}>
              <TableCell>
                <DateTime value={entry.at} />
              </TableCell>
              <TableCell>{entry.user}</TableCell>
              <TableCell>{t(`access.audit.actions.${entry.action}`, { defaultValue: entry.action })}</TableCell>
              <TableCell>
                {t(`access.audit.outcomes.${entry.outcome}`)}
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
