import { useEffect, useState } from 'react';
import { serverNow, subscribeServerClock } from '@/api/server-clock';

/**
 * The gateway's current time, refreshed every `intervalMs` and whenever the cabinet learns that
 * the gateway's clock differs, for countdowns such as a confirmation deadline.
 */
export function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date(serverNow()));
  useEffect(() => {
    const tick = () => setNow(new Date(serverNow()));
    const timer = setInterval(tick, intervalMs);
    const unsubscribe = subscribeServerClock(tick);
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, [intervalMs]);
  return now;
}
