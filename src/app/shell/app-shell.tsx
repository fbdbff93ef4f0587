import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigation, useParams } from 'react-router';
import { DemoResetButton } from '@/components/demo-reset-button';
import { LanguageSwitch } from '@/components/language-switch';
import { LoadingState } from '@/components/loading-state';
import { MerchantTimeZoneProvider } from '@/components/merchant-time-zone';
import { TestModeChip } from '@/components/test-mode-chip';
import type { Profile, SessionInfo } from '@/api/session';
import { sessionQueryOptions } from '@/features/access/api/session-queries';
import { SessionExpiredGate } from '@/features/access/components/session-expired-gate';
import { SignOutButton } from '@/features/access/components/sign-out-button';
import { CabinetNav } from './cabinet-nav';
import { ProfileSwitch } from './profile-switch';
import { SkipLink } from './skip-link';
import { TimeZoneLabel } from './time-zone-label';

/** The bar under the header while the next page loads; alone, so only it follows the navigation. */
function NavigationProgress() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  if (navigation.state !== 'loading') return null;
  return (
    <LinearProgress aria-label={t('shell.navigating')} sx={{ position: 'absolute', bottom: 0, left: 0, right: 0 }} />
  );
}

/**
 * Who and where (enterprise, user, profile, time zone), the language, signing out. Memoised:
 * a new filter or page changes the address, not the session, and re-renders none of it.
 */
const ShellHeader = memo(function ShellHeader({
  session,
  profile,
}: {
  session: SessionInfo;
  profile: Profile | undefined;
}) {
  const { t } = useTranslation();
  return (
    <AppBar position="relative" component="header">
      <Toolbar sx={{ gap: 2, flexWrap: 'wrap' }}>
        <Typography component="p" variant="h6" sx={{ flexGrow: 1, minWidth: 0 }} noWrap>
          {session.enterprise.name}
        </Typography>
        <Typography component="p" variant="body2">
          {session.user.name}
        </Typography>
        <LanguageSwitch />
        <DemoResetButton />
        <SignOutButton />
      </Toolbar>
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          gap: 2,
          px: { xs: 2, sm: 3 },
          py: 1.5,
          bgcolor: 'background.paper',
          color: 'text.primary',
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        {profile && <ProfileSwitch profiles={session.profiles} current={profile} />}
        {profile?.mode === 'test' && <TestModeChip label={t('shell.testChip')} />}
        <CabinetNav session={session} profileId={profile?.id} />
        <Box sx={{ flexGrow: 1 }} />
        <TimeZoneLabel timeZone={session.enterprise.timezone} />
      </Box>
      <NavigationProgress />
    </AppBar>
  );
});

/** The frame of every signed-in page; the page itself renders in the outlet. */
export function AppShell() {
  const { profileId } = useParams();
  const { data: session } = useQuery(sessionQueryOptions());
  if (!session) return <LoadingState />;
  const profile = session.profiles.find((candidate) => candidate.id === profileId);

  return (
    <MerchantTimeZoneProvider timeZone={session.enterprise.timezone}>
      <SkipLink />
      <ShellHeader session={session} profile={profile} />
      <Outlet />
      <SessionExpiredGate />
    </MerchantTimeZoneProvider>
  );
}
