import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endpoints } from '@/api/endpoints';
import { serializeOpenApiDocument } from '../../../scripts/openapi-document';

describe('public/openapi.json', () => {
  it('is generated from the current contract (run `npm run openapi` when this fails)', () => {
    const committed = readFileSync(new URL('../../../public/openapi.json', import.meta.url), 'utf8');
    expect(committed).toBe(serializeOpenApiDocument());
  });

  it('describes every endpoint of the contract, with no dangling schema reference', () => {
    const document = JSON.parse(serializeOpenApiDocument()) as {
      paths: Record<string, Record<string, { operationId: string }>>;
      components: { schemas: Record<string, unknown> };
    };
    const operationIds = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods).map((operation) => operation.operationId),
    );
    expect(operationIds.sort()).toEqual(Object.keys(endpoints).sort());

    const refs = JSON.stringify(document).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of refs) expect(document.components.schemas).toHaveProperty(ref.split('/').at(-1) as string);
    expect(JSON.stringify(document)).not.toContain('#/$defs/');
  });
});
