import { lazy, Suspense, type ComponentProps } from 'react';

const OrderActionDialog = lazy(() =>
  import('./order-action-dialog').then((module) => ({ default: module.OrderActionDialog })),
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
