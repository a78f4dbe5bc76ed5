import { OPENAPI_FILE, writeOpenApiDocument } from '../api/docs/openapi-document.ts';

// Writes the public API description to a file, for `npm run openapi:lint` (Redocly).
const file = process.argv[2] ?? OPENAPI_FILE;
await writeOpenApiDocument(file);
console.log(`Wrote ${file}`);
