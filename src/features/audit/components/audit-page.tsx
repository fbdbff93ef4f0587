import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_OUTCOMES, type AuditFilters } from '@/api/audit';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListPagination } from '@/components/list-pagination';
import { LoadingState } from '@/components/loading-state';
import { useMerchantTimeZone } from '@/components/merchant-time-zone';
import { dayPeriod } from '@/lib/day-period';
import { addAuditMessages } from '@/lib/i18n/audit-messages';
import { auditPageQueryOptions, downloadAudit } from '../api/audit-queries';
import { AuditTable } from './audit-table';

addAuditMessages();

const ACTIONS = [
  'sign-in',
  'sign-out',
  'password-change',
  'password-reset',
  'totp-enable',
  'totp-disable',
  'confirm',
  'cancel',
  'export',
  'request',
  'user-create',
  'user-update',
  'user-disable',
  'user-enable',
  'user-delete',
  'sessions-end',
  'security-update',
  'web-service-account-create',
  'web-service-account-disable',
  'web-service-account-enable',
  'web-service-account-rotate',
  'web-service-call',
  'settings-save',
  'settings-restore',
  'secret-word-set',
  'register-resend',
  'settings-copy',
  'contracts-signed',
  'live-switch-request',
  'live-profile-issued',
] as const;

interface Draft {
  user: string;
  action: string;
  outcome: string;
  object: string;
  /** Days in the merchant's zone, "YYYY-MM-DD". */
  from: string;
  to: string;
}

const EMPTY: Draft = { user: '', action: '', outcome: '', object: '', from: '', to: '' };

function filtersOf(draft: Draft, timeZone: string): AuditFilters {
  return {
    ...(draft.user ? { user: draft.user } : {}),
    ...(draft.action ? { action: draft.action } : {}),
    ...(draft.outcome ? { outcome: draft.outcome as AuditFilters['outcome'] } : {}),
    ...(draft.object ? { object: draft.object } : {}),
    ...dayPeriod(draft.from, draft.to, timeZone),
  };
}

/** The audit log: filtered and paged by the server, exportable as CSV. */
export function AuditPage() {
  const { t } = useTranslation('audit');
  const timeZone = useMerchantTimeZone();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [applied, setApplied] = useState<AuditFilters>({});
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(25);
  const [exportError, setExportError] = useState(false);
  const log = useQuery(auditPageQueryOptions(applied, page + 1, pageSize));
  const field = (key: keyof Draft) => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) =>
      setDraft((current) => ({ ...current, [key]: event.target.value })),
  });

  return (
    <Stack spacing={2}>
      <Typography component="h1" variant="h5">
        {t('title')}
      </Typography>
      <Box
        component="form"
        aria-label={t('filters')}
        onSubmit={(event) => {
          event.preventDefault();
          setPage(0);
          setApplied(filtersOf(draft, timeZone));
        }}
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, 1fr)' } }}
      >
        <TextField label={t('user')} {...field('user')} />
        <TextField select label={t('action')} {...field('action')}>
          <MenuItem value="">{t('any')}</MenuItem>
          {ACTIONS.map((action) => (
            <MenuItem key={action} value={action}>
              {t(`actions.${action}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={t('outcome')} {...field('outcome')}>
          <MenuItem value="">{t('any')}</MenuItem>
          {AUDIT_OUTCOMES.map((outcome) => (
            <MenuItem key={outcome} value={outcome}>
              {t(`outcomes.${outcome}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField label={t('object')} {...field('object')} />
        <TextField label={t('from')} type="date" slotProps={{ inputLabel: { shrink: true } }} {...field('from')} />
        <TextField label={t('to')} type="date" slotProps={{ inputLabel: { shrink: true } }} {...field('to')} />
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button type="submit" variant="contained">
            {t('apply')}
          </Button>
          <Button
            onClick={() => {
              setExportError(false);
              downloadAudit(applied).catch(() => setExportError(true));
            }}
          >
            {t('export')}
          </Button>
        </Box>
      </Box>
      {exportError && <Alert severity="error">{t('exportFailed')}</Alert>}
      {log.isPending && <LoadingState />}
      {log.isError && <ErrorState error={log.error} onRetry={() => void log.refetch()} />}
      {log.data && log.data.total === 0 && <EmptyState title={t('empty')} />}
      {log.data && log.data.total > 0 && (
        <>
          <AuditTable entries={log.data.items} label={t('title')} />
          <ListPagination
            count={log.data.total}
            page={page}
            pageSize={pageSize}
            pageSizes={[25, 50, 100]}
            onChange={(next, size) => {
              setPage(next);
              setPageSize(size);
            }}
          />
        </>
      )}
    </Stack>
  );
}
