import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, isRouteErrorResponse, useParams, useRevalidator, useRouteError } from 'react-router';
import { isApiError } from '@/api/problem';
import { ErrorState } from '@/components/error-state';
import { useDocumentTitle } from '@/components/use-document-title';
import { MainContent } from '../shell/main-content';
import { PublicLayout } from '../shell/public-layout';

export function NotFoundContent() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.notFoundTitle'));
  return (
    <>
      <Typography component="h1" variant="h4" sx={{ mb: 2 }}>
        {t('errors.notFoundTitle')}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t('errors.notFoundText')}</Typography>
      <Button component={RouterLink} to="/" variant="contained">
        {t('errors.toHome')}
      </Button>
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
      <Typography component="h1" variant="h4" sx={{ mb: 2, overflowWrap: 'anywhere' }}>
        {title}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t('ux.notFound.orderText', { profileId })}</Typography>
      <Button component={RouterLink} to={`/p/${encodeURIComponent(profileId)}/orders`} variant="contained">
        {t('ux.notFound.toOrders')}
      </Button>
    </>
  );
}

/**
 * What a route shows when its loader or code fails: "not found" for 404s, otherwise the
 * problem and a retry (reloading the page when the failure was not the API's, e.g. a chunk
 * that could not be fetched after a deployment).
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
      <Typography component="h1" variant="h4" sx={{ mb: 2 }}>
        {t('errors.loadFailed')}
      </Typography>
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
