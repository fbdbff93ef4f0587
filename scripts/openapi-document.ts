import { z } from 'zod';
import { API_BASE_PATH, type EndpointDef, endpoints } from '../src/api/endpoints';
import { PROBLEM_CONTENT_TYPE, Problem } from '../src/api/problem';

type JsonSchema = Record<string, unknown>;

/**
 * Builds the OpenAPI 3.1 document from the contract's endpoint table. Named schemas (those with
 * a zod `meta({ id })`) become components; everything else is inlined.
 */
export function buildOpenApiDocument(): JsonSchema {
  const components: Record<string, JsonSchema> = {};

  const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
    const { $defs, $schema: _dialect, ...rest } = json as JsonSchema & { $defs?: Record<string, JsonSchema> };
    for (const [id, def] of Object.entries($defs ?? {})) components[id] = relink(def) as JsonSchema;
    return relink(rest) as JsonSchema;
  };

  const problemRef = toSchema(Problem, 'output');
  const paths: Record<string, Record<string, unknown>> = {};

  for (const [operationId, endpoint] of Object.entries(endpoints) as [string, EndpointDef][]) {
    const parameters: JsonSchema[] = [];
    for (const [location, schema] of [
      ['path', endpoint.params],
      ['query', endpoint.query],
      ['header', endpoint.headers],
    ] as const) {
      if (!schema) continue;
      const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
      for (const [name, property] of Object.entries(json.properties ?? {})) {
        parameters.push({
          name,
          in: location,
          required: location !== 'query' || (json.required ?? []).includes(name),
          schema: property,
        });
      }
    }

    const csv = { '200': { description: 'CSV stream', content: { 'text/csv': { schema: { type: 'string' } } } } };
    const responses: Record<string, unknown> = endpoint.response
      ? {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: toSchema(endpoint.response, 'output') } },
          },
        }
      : endpoint.produces === 'text/csv'
        ? csv
        : { '204': { description: 'No Content' } };
    for (const status of endpoint.errors) {
      responses[String(status)] = {
        description: 'Problem details (RFC 9457)',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: problemRef } },
      };
    }

    const path = `${API_BASE_PATH}${endpoint.path}`;
    paths[path] = {
      ...paths[path],
      [endpoint.method.toLowerCase()]: {
        operationId,
        summary: endpoint.summary,
        ...(endpoint.auth ? {} : { security: [] }),
        ...(endpoint.right ? { 'x-required-right': endpoint.right } : {}),
        ...(parameters.length ? { parameters } : {}),
        ...(endpoint.body
          ? {
              requestBody: {
                required: true,
                content: { 'application/json': { schema: toSchema(endpoint.body, 'input') } },
              },
            }
          : {}),
        responses,
      },
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Merchant cabinet gateway API',
      version: '1.0.0',
      description:
        'The API the merchant cabinet calls. Amounts are decimal strings with two decimals; instants are ISO 8601 in UTC.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
    },
  };
}

function relink(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(relink);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        key === '$ref' && typeof inner === 'string'
          ? inner.replace('#/$defs/', '#/components/schemas/')
          : relink(inner),
      ]),
    );
  }
  return value;
}

export function serializeOpenApiDocument(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}
