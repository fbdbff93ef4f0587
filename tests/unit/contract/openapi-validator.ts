import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

type JsonSchema = Record<string, unknown>;

interface OperationObject {
  parameters?: { name: string; in: string; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<
    string,
    { content?: Record<string, { schema: JsonSchema }>; headers?: Record<string, { schema: JsonSchema }> }
  >;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, JsonSchema> };
}

/** The committed document, read as any client of the API would read it. */
export const document = JSON.parse(
  readFileSync(new URL('../../../public/openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument;

// ajv-formats is CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => void;

/** An independent JSON Schema 2020-12 validator over the document's own schemas. */
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const compiled = new Map<JsonSchema, ValidateFunction>();

function validatorOf(schema: JsonSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    // The document's references point at #/components/schemas/…: give them a root to resolve against.
    validate = ajv.compile({ ...schema, components: document.components });
    compiled.set(schema, validate);
  }
  return validate;
}

export function operation(method: string, path: string): OperationObject {
  const found = document.paths[path]?.[method.toLowerCase()];
  if (!found) throw new Error(`the document has no ${method} ${path}`);
  return found;
}

/** Errors of a value against a schema of the document, as readable lines (empty when valid). */
export function errorsOf(schema: JsonSchema, value: unknown): string[] {
  const validate = validatorOf(schema);
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/**
 * A query string as the document types it (OpenAPI form style): a value whose schema is an
 * integer becomes a number only when it is an integer literal, so "0x10" or "1e1" stays a string
 * and fails the schema, as it should.
 */
export function queryErrors(method: string, path: string, search: URLSearchParams): string[] {
  const parameter = operation(method, path).parameters?.find((p) => p.in === 'query');
  if (!parameter) return search.size === 0 ? [] : ['the operation takes no query'];
  const properties = (parameter.schema.properties ?? {}) as Record<string, JsonSchema>;
  const value: Record<string, unknown> = {};
  for (const [name, text] of search) {
    value[name] = properties[name]?.type === 'integer' && /^-?(0|[1-9][0-9]*)$/.test(text) ? Number(text) : text;
  }
  return errorsOf(parameter.schema, value);
}

export function bodyErrors(method: string, path: string, body: unknown): string[] {
  const schema = operation(method, path).requestBody?.content['application/json']?.schema;
  if (!schema) throw new Error(`${method} ${path} takes no JSON body`);
  return errorsOf(schema, body);
}

/** Errors of a real answer against the response the document declares for its status. */
export function answerErrors(method: string, path: string, response: Response, body: unknown): string[] {
  const declared = operation(method, path).responses[String(response.status)];
  if (!declared) return [`status ${response.status} is not declared`];
  const type = (response.headers.get('Content-Type') ?? '').split(';')[0]!.trim();
  const errors: string[] = [];
  if (declared.content) {
    const media = declared.content[type];
    if (!media) errors.push(`content type ${type} is not declared for ${response.status}`);
    else if (type !== 'text/csv') errors.push(...errorsOf(media.schema, body));
  }
  for (const [name, header] of Object.entries(declared.headers ?? {})) {
    const value = response.headers.get(name);
    if (value === null) errors.push(`header ${name} is missing`);
    else errors.push(...errorsOf(header.schema, value).map((error) => `${name}: ${error}`));
  }
  return errors;
}
