/** Types of find-chromium.mjs for TypeScript scripts (the runner itself stays plain JS). */
export function findChromium(options?: { download?: boolean }): Promise<string | null>;
