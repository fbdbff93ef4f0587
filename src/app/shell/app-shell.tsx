import { useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigation, useParams } from 'react-router';
import { DemoResetButton } from '@/components/demo-reset-button';
import { LanguageSwitch } from '@/components/language-switch';
import { LoadingState } from '@/components/loading-state';
import { MerchantTimeZoneProvider } from '@/components/merchant-time-zone';
import { ProgressBar } from '@/components/plain/progress-bar';
import plain from '@/components/plain/plain.module.css';
import { TestModeChip } from '@/components/test-mode-chip';
import type { Profile, SessionInfo } from '@/api/session';
import { sessionQueryOptions } from '@/features/access/api/session-queries';
import { SessionExpiredGate } from '@/features/access/components/session-expired-gate';
import { SignOutButton } from '@/features/access/components/sign-out-button';
import bar from './app-bar.module.css';
import { CabinetNav } from './cabinet-nav';
import { ProfileSwitch } from './profile-switch';
import styles from './shell-header.module.css';
import { SkipLink } from './skip-link';
import { TimeZoneLabel } from './time-zone-label';

/** The bar under the header while the next page loads; alone, so only it follows the navigation. */
function NavigationProgress() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  if (navigation.state !== 'loading') return null;
  return <ProgressBar label={t('shell.navigating')} className={styles.progress} />;
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
    <header className={bar.header}>
      <div className={bar.toolbar}>
        <p className={`${plain.h6} ${bar.title}`}>{session.enterprise.name}</p>
        <p className={`${plain.body2} ${plain.flush}`}>{session.user.name}</p>
        <LanguageSwitch />
        <DemoResetButton />
        <SignOutButton />
      </div>
      <div className={styles.context}>
        {profile && <ProfileSwitch profiles={session.profiles} current={profile} />}
        {profile?.mode === 'test' && <TestModeChip label={t('shell.testChip')} />}
        <CabinetNav session={session} profileId={profile?.id} />
        <div className={styles.spacer} />
        <TimeZoneLabel timeZone={session.enterprise.timezone} />
      </div>
      <NavigationProgress />
    </header>
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
