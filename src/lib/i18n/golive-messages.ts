import { addNamespace } from './i18n';
import { goliveEn } from './golive-en';
import { goliveRu } from './golive-ru';

/** Adds the going-live and integration pages' messages (namespace `golive`). */
export function addGoliveMessages(): void {
  addNamespace('golive', goliveRu, goliveEn);
}
