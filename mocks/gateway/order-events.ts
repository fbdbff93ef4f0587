/**
 * What happened to an order that a shop may be told about: the gateway emits these as results
 * occur (a payment, a confirmation, a cancel or refund), never for the generated history. The
 * result notifications listen to them.
 */
export interface OrderEvent {
  kind: 'payment' | 'confirmation' | 'cancel';
  profileId: string;
  billnumber: string;
  /** Epoch ms on the gateway's clock. */
  at: number;
}

export type OrderEventListener = (event: OrderEvent) => void;

export interface OrderEvents {
  /** Returns a function that removes the listener. */
  subscribe(listener: OrderEventListener): () => void;
  emit(event: OrderEvent): void;
}

export function createOrderEvents(): OrderEvents {
  const listeners = new Set<OrderEventListener>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event) {
      for (const listener of listeners) listener(event);
    },
  };
}
