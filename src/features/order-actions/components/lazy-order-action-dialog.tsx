import { Suspense, type ComponentProps } from 'react';
import { lazyThemed } from '@/components/theme/lazy-themed';

const OrderActionDialog = lazyThemed(
  () => import('./order-action-dialog'),
  (module) => module.OrderActionDialog,
);

/**
 * The money-action dialog, fetched when it is first opened: the pages that offer an action
 * carry only the buttons, not the form, its validation and outcomes.
 */
export function LazyOrderActionDialog(props: ComponentProps<typeof OrderActionDialog>) {
  return (
    <Suspense fallback={null}>
      <OrderActionDialog {...props} />
    </Suspense>
  );
}
