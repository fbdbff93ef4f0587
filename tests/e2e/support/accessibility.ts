import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Fails with the list of violations (rule, impact, first offending nodes) when axe finds any. */
export async function expectAccessible(page: Page, context: string): Promise<void> {
  // The page as it rests: a dialog still fading in has text at part opacity, which axe would
  // measure as low contrast. At rest means no finite animation for 150 ms (a transition may start
  // a frame after its element appears); endless ones (a spinner) are not waited for.
  await page.evaluate(() => {
    (window as { __restingSince?: number }).__restingSince = undefined;
  });
  await page.waitForFunction(
    () => {
      const resting = window as { __restingSince?: number };
      const moving = document
        .getAnimations()
        .some(
          (animation) => animation.playState === 'running' && animation.effect?.getTiming().iterations !== Infinity,
        );
      if (moving) resting.__restingSince = undefined;
      else resting.__restingSince ??= performance.now();
      return resting.__restingSince !== undefined && performance.now() - resting.__restingSince >= 150;
    },
    undefined,
    { polling: 50 },
  );
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
  expect(summary, `accessibility violations on ${context}`).toEqual([]);
}
