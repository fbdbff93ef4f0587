import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/components/use-document-title';
import { LoginPage } from '@/features/access/components/login-page';
import { preloadRouteWhenIdle } from '../preload-route';
import { PublicLayout } from '../shell/public-layout';

export function Component() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  // Signed in, a visitor lands on the orders monitor ("/"): its code comes while they type.
  useEffect(() => preloadRouteWhenIdle('/'), []);
  return (
    <PublicLayout>
      <LoginPage />
    </PublicLayout>
  );
}
