import { PublicLayout } from '../shell/public-layout';
import { NotFoundContent } from './route-error';

export function Component() {
  return (
    <PublicLayout>
      <NotFoundContent />
    </PublicLayout>
  );
}
