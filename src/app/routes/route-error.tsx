import { useTranslation } from 'react-i18next';
import { Link as RouterLink, isRouteErrorResponse, useParams, useRevalidator, useRouteError } from 'react-router';
import { isApiError } from '@/api/problem';
import { ErrorState } from '@/components/error-state';
import { buttonClass } from '@/components/plain/button-class';
import plain from '@/components/plain/plain.module.css';
import { useDocumentTitle } from '@/components/use-document-title';
import { MainContent } from '../shell/main-content';
import { PublicLayout } from '../shell/public-layout';

export function NotFoundContent() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.notFoundTitle'));
  return (
    <>
      <h1 className={`${plain.h4} ${plain.titleGap}`}>{t('errors.notFoundTitle')}</h1>
      <p className={plain.textGap}>{t('errors.notFoundText')}</p>
      <RouterLink to="/" className={buttonClass('contained')}>
        {t('errors.toHome')}
      </RouterLink>
    </>
  );
}

function missingOrderOf(error: unknown): string | null {
  if (!isRouteErrorResponse(error) || error.status !== 404) return null;
  const body: unknown = error.data;
  if (typeof body !== 'object' || body === null || !('missingOrder' in body)) return null;
  return typeof body.missingOrder === 'string' ? body.missingOrder : null;
}

/** An order the profile does not have: named, with the way back to the profile's orders. */
function OrderNotFoundContent({ billnumber }: { billnumber: string }) {
  const { t } = useTranslation();
  const { profileId = '' } = useParams();
  const title = t('ux.notFound.orderTitle', { billnumber });
  useDocumentTitle(title);
  return (
    <>
      <h1 className={`${plain.h4} ${plain.titleGap}`} style={{ overflowWrap: 'anywhere' }}>
        {title}
      </h1>
      <p className={plain.textGap}>{t('ux.notFound.orderText', { profileId })}</p>
      <RouterLink to={`/p/${encodeURIComponent(profileId)}/orders`} className={buttonClass('contained')}>
        {t('ux.notFound.toOrders')}
      </RouterLink>
    </>
  );
}

/**
 * What a route shows when its loader or code fails: "not found" for 404s, otherwise the
 * problem and a retry (reloading the page when the failure was not the API's, e.g. a chunk
 * that could not be fetched after a deployment). Drawn without MUI, so the root's error page
 * works before MUI has loaded, or when its chunk could not be fetched at all.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const revalidator = useRevalidator();
  const missingOrder = missingOrderOf(error);
  if (missingOrder !== null) return <OrderNotFoundContent billnumber={missingOrder} />;
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundContent />;
  return (
    <>
      <h1 className={`${plain.h4} ${plain.titleGap}`}>{t('errors.loadFailed')}</h1>
      <ErrorState
        error={error}
        retrying={revalidator.state === 'loading'}
        onRetry={() => (isApiError(error) ? void revalidator.revalidate() : window.location.reload())}
      />
    </>
  );
}

/** Errors of the root: outside the shell, so with the public frame. */
export function RootError() {
  return (
    <PublicLayout>
      <RouteError />
    </PublicLayout>
  );
}

/** Errors of a profile: inside the shell, in the page's main landmark. */
export function ShellError() {
  return (
    <MainContent>
      <RouteError />
    </MainContent>
  );
}
