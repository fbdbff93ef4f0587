import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { callEndpoint } from '@/api/client';
import { sessionEndpoints } from '@/api/session-endpoints';
import { DateTime } from '@/components/date-time';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { addAccountMessages } from '@/lib/i18n/account-messages';
import { sessionKeys } from '../api/session-queries';

addAccountMessages();

/** The user's signed-in sessions (browser, IP, last activity) and ending all but this one. */
export function ActiveSessions() {
  const { t } = useTranslation('account');
  const queryClient = useQueryClient();
  const sessions = useQuery({
    queryKey: sessionKeys.sessions,
    queryFn: ({ signal }) => callEndpoint(sessionEndpoints.listSessions, { signal }),
  });
  const endOthers = useMutation({
    mutationFn: () => callEndpoint(sessionEndpoints.endOtherSessions, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.sessions }),
  });
  if (sessions.isPending) return <LoadingState />;
  if (sessions.isError) return <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />;
  const others = sessions.data.items.filter((session) => !session.current).length;
  return (
    <Stack spacing={2}>
      <List aria-label={t('account.sessions')}>
        {sessions.data.items.map((session) => (
          <ListItem key={session.id} divider>
            <ListItemText
              primary={`${session.browser}${session.current ? ` — ${t('account.current')}` : ''}`}
              secondary={
                <>
                  {session.ip} · {t('account.lastActive')} <DateTime value={session.lastActiveAt} />
                </>
              }
            />
          </ListItem>
        ))}
      </List>
      <Button
        onClick={() => endOthers.mutate()}
        disabled={others === 0 || endOthers.isPending}
        sx={{ alignSelf: 'start' }}
      >
        {t('account.endOthers', { count: others })}
      </Button>
    </Stack>
  );
}
