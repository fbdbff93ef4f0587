import { describe, expect, it } from 'vitest';
import { mergeEdits } from '@/features/settings/model/merge-edits';

describe('mergeEdits after a colleague saved first', () => {
  const base = { timeout: 20, stage: 'one-stage', means: ['visa', 'mir'], url: null as string | null };

  it('takes their fields and lays the user’s own edits over them', () => {
    const mine = { ...base, timeout: 45 };
    const theirs = { ...base, stage: 'two-stage', means: ['mir'] };
    const result = mergeEdits(base, mine, theirs);
    expect(result.merged).toEqual({ timeout: 45, stage: 'two-stage', means: ['mir'], url: null });
    expect(result.mine).toEqual(['timeout']);
    expect(result.theirs).toEqual([
      { field: 'stage', before: 'one-stage', after: 'two-stage', alsoMine: false },
      { field: 'means', before: ['visa', 'mir'], after: ['mir'], alsoMine: false },
    ]);
  });

  it('keeps the user’s value where both changed the same field, and says so', () => {
    const result = mergeEdits(base, { ...base, url: 'https://a.example' }, { ...base, url: 'https://b.example' });
    expect(result.merged.url).toBe('https://a.example');
    expect(result.theirs).toEqual([{ field: 'url', before: null, after: 'https://b.example', alsoMine: true }]);
  });

  it('reports nothing when the colleague saved what the form already had', () => {
    expect(mergeEdits(base, base, { ...base }).theirs).toEqual([]);
  });
});
