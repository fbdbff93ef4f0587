/** The two money actions of the cabinet: charge a hold, or cancel/refund a payment. */
export type ActionKind = 'confirm' | 'cancel';
