import { afterEach, describe, expect, it, vi } from 'vitest';
import { EARLY_ANSWER_MS, takeEarlyResponse, type EarlyRequest } from '@/api/early-responses';

const URL_OF_SESSION = 'https://cabinet.example/api/v1/session';

function earlyRequests(requests: Record<string, EarlyRequest>) {
  vi.stubGlobal('window', { __cabinetEarly: requests });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('answers the preload script asked for', () => {
  it('are handed out once, by their exact URL', async () => {
    const answer = new Response('{}');
    earlyRequests({ [URL_OF_SESSION]: { at: performance.now(), response: Promise.resolve(answer) } });
    expect(takeEarlyResponse(`${URL_OF_SESSION}?x=1`)).toBeUndefined();
    expect(await takeEarlyResponse(URL_OF_SESSION)).toBe(answer);
    expect(takeEarlyResponse(URL_OF_SESSION)).toBeUndefined();
  });

  it('are not used once they are old: a later request asks afresh', () => {
    earlyRequests({
      [URL_OF_SESSION]: { at: performance.now() - EARLY_ANSWER_MS - 1, response: Promise.resolve(new Response()) },
    });
    expect(takeEarlyResponse(URL_OF_SESSION)).toBeUndefined();
  });

  it('are none without a preload script (tests, the demo)', () => {
    vi.stubGlobal('window', {});
    expect(takeEarlyResponse(URL_OF_SESSION)).toBeUndefined();
  });
});
