import { createContext } from 'react';

/** Put before every page title below it: «[ТЕСТ]» on a test profile's pages. */
export const DocumentTitlePrefix = createContext('');
