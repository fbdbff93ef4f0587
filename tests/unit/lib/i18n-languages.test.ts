import { describe, expect, it } from 'vitest';
import { i18n, languageReady } from '@/lib/i18n/i18n';

describe('the languages of the cabinet', () => {
  it('starts in Russian without the English messages, and fetches them when English is chosen', async () => {
    await languageReady;
    expect(i18n.language).toBe('ru');
    expect(i18n.t('common.retry')).toBe('Повторить');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);

    await i18n.changeLanguage('en');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18n.t('common.retry')).toBe('Retry');

    await i18n.changeLanguage('ru');
    expect(i18n.t('common.retry')).toBe('Повторить');
  });
});
