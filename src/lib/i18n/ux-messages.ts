/**
 * Messages of the demo controls, problem texts, not-found pages and totals: one section of its
 * own, spread into both languages as `ux`.
 */
export const uxRu = {
  demo: {
    reset: 'Сбросить демо-данные',
    keep: 'Не сбрасывать',
    resetConfirm: 'Вернуть демо-данные к началу? Все подтверждения и отмены, сделанные в демо, будут забыты.',
  },
};

export const uxEn: typeof uxRu = {
  demo: {
    reset: 'Reset demo data',
    keep: 'Keep my data',
    resetConfirm: 'Reset the demo data? Every confirmation and cancellation made in the demo will be forgotten.',
  },
};
