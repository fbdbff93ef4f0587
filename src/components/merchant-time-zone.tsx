import { createContext, useContext, type ReactNode } from 'react';

/** The enterprise's time zone (read-only for the merchant); every date on screen uses it. */
const MerchantTimeZoneContext = createContext<string>('UTC');

export function MerchantTimeZoneProvider({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return <MerchantTimeZoneContext value={timeZone}>{children}</MerchantTimeZoneContext>;
}

export function useMerchantTimeZone(): string {
  return useContext(MerchantTimeZoneContext);
}
