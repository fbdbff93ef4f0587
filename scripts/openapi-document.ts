import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { API_BASE_PATH, type EndpointDef, endpoints } from '../src/api/endpoints';
import { PROBLEM_CONTENT_TYPE, Problem } from '../src/api/problem';

type JsonSchema = Record<string, unknown>;

/**
 * Builds the OpenAPI 3.1 document from the contract's endpoint table. Named schemas (those with
 * an `id` in zod's global registry) become components; everything else is inlined.
 */
export function buildOpenApiDocument(): JsonSchema {
  const components: Record<string, JsonSchema> = {};

  const toSchema = (schema: $ZodType, io: 'input' | 'output'): JsonSchema => {
    const json = z.toJSONSchema(schema, {
      io,
      unrepresentable: 'any',
      target: 'draft-2020-12',
      override: wireForm,
    }) as JsonSchema;
    const { $defs, $schema: _dialect, ...rest } = json as JsonSchema & { $defs?: Record<string, JsonSchema> };
    for (const [id, def] of Object.entries($defs ?? {})) components[id] = relink(def) as JsonSchema;
    return relink(rest) as JsonSchema;
  };

  const problemRef = toSchema(Problem, 'output');
  const paths: Record<string, Record<string, unknown>> = {};

  for (const [operationId, endpoint] of Object.entries(endpoints) as [string, EndpointDef][]) {
    const parameters: JsonSchema[] = [];
    if (endpoint.query) parameters.push(queryParameter(toSchema(endpoint.query, 'input')));
    for (const [location, schema] of [
      ['path', endpoint.params],
      ['header', endpoint.headers],
    ] as const) {
      if (!schema) continue;
      const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
      for (const [name, property] of Object.entries(json.properties ?? {})) {
        parameters.push({
          name,
          in: location,
          required: location === 'path' || (json.required ?? []).includes(name),
          schema: property,
        });
      }
    }

    const csv = {
      '200': {
        description: 'CSV stream',
        ...(endpoint.responseHeaders ? { headers: responseHeaders(toSchema(endpoint.responseHeaders, 'output')) } : {}),
        content: { 'text/csv': { schema: { type: 'string' } } },
      },
    };
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
        description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem details (RFC 9457)',
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

/** What each problem status means on this API (RFC 9457 bodies; `code` says exactly which). */
const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  401: 'Not signed in, or the session has ended (problem details, RFC 9457)',
  403: "The user lacks the endpoint's right (problem details, RFC 9457)",
  404: 'Unknown profile or order (problem details, RFC 9457)',
  409: 'The order does not allow the action now (problem details, RFC 9457)',
  422: 'The request breaks the contract or the domain rules; `errors` names the fields (problem details, RFC 9457)',
};

/**
 * A schema that accepts the client's own values besides the wire form (e.g. a number or a digit
 * string) declares its wire form in its registry entry (`{ wire }`); the document states only that form.
 */
function wireForm(context: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  const wire = context.jsonSchema.wire as JsonSchema | undefined;
  if (wire === undefined) return;
  for (const key of Object.keys(context.jsonSchema)) delete context.jsonSchema[key];
  Object.assign(context.jsonSchema, wire);
}

/**
 * The query of an endpoint as one form-exploded object parameter (OpenAPI 3.1 §4.8.12.4): each
 * property is a parameter of its own on the wire, and `additionalProperties: false` says what
 * the server enforces, that an unknown parameter is refused.
 */
function queryParameter(schema: JsonSchema): JsonSchema {
  return {
    name: 'query',
    in: 'query',
    required: false,
    style: 'form',
    explode: true,
    description: 'Every parameter is optional; an unknown one is refused (422).',
    schema,
  };
}

function responseHeaders(schema: JsonSchema): Record<string, JsonSchema> {
  const { properties = {} } = schema as { properties?: Record<string, JsonSchema> };
  return Object.fromEntries(
    Object.entries(properties).map(([name, property]) => [
      name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => `${dash}${letter.toUpperCase()}`),
      { required: true, schema: property },
    ]),
  );
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
