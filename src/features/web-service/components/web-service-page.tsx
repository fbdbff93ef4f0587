import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORDER_STATE_SERVICE_PATH } from '@/api/web-service-accounts';
import { DateTime } from '@/components/date-time';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { addWebServiceMessages } from '@/lib/i18n/web-service-messages';
import { webServiceAccountsQueryOptions } from '../api/web-service-queries';
import { AccountActions } from './account-actions';
import { CreateAccountDialog } from './create-account-dialog';

addWebServiceMessages();

/** The profile's web-service accounts: who the shop's server calls the gateway as. */
export function WebServicePage({ profileId }: { profileId: string }) {
  const { t } = useTranslation('webService');
  const accounts = useQuery(webServiceAccountsQueryOptions(profileId));
  const [creating, setCreating] = useState(false);
  const createButton = (
    <Button variant="contained" onClick={() => setCreating(true)}>
      {t('create')}
    </Button>
  );

  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}>
        <Typography component="h1" variant="h5" sx={{ flexGrow: 1 }}>
          {t('title')}
        </Typography>
        {accounts.data && accounts.data.items.length > 0 && createButton}
      </Box>
      <Typography color="text.secondary">
        {t('intro', { merchantId: profileId, path: ORDER_STATE_SERVICE_PATH })}
      </Typography>
      {accounts.isPending && <LoadingState />}
      {accounts.isError && <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} />}
      {accounts.data?.items.length === 0 && (
        <EmptyState title={t('emptyTitle')} description={t('empty')} action={createButton} />
      )}
      {accounts.data && accounts.data.items.length > 0 && (
        <TableContainer sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={t('table')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('columns.login')}</TableCell>
                <TableCell>{t('columns.state')}</TableCell>
                <TableCell>{t('columns.created')}</TableCell>
                <TableCell>{t('columns.passwordChanged')}</TableCell>
                <TableCell>{t('columns.lastUsed')}</TableCell>
                <TableCell>{t('columns.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {accounts.data.items.map((account) => (
                <TableRow key={account.login}>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{account.login}</TableCell>
                  <TableCell>{t(`states.${account.state}`)}</TableCell>
                  <TableCell>
                    <DateTime value={account.createdAt} />
                    <Typography variant="body2" color="text.secondary">
                      {account.createdBy}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <DateTime value={account.passwordChangedAt} />
                  </TableCell>
                  <TableCell>{account.lastUsedAt ? <DateTime value={account.lastUsedAt} /> : t('never')}</TableCell>
                  <TableCell>
                    <AccountActions profileId={profileId} account={account} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {creating && <CreateAccountDialog profileId={profileId} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
