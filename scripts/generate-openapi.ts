import { writeFileSync } from 'node:fs';
import { serializeOpenApiDocument } from './openapi-document';

const target = new URL('../public/openapi.json', import.meta.url);
writeFileSync(target, serializeOpenApiDocument());
console.log(`wrote ${target.pathname}`);
