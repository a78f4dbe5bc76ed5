import { config } from 'zod';

// zod compiles a fast path for object schemas with `new Function`, after probing whether
// eval is allowed. Our Content-Security-Policy forbids eval (no 'unsafe-eval'), so the probe
// is reported as a CSP violation on every page with a form. Parsing without the compiled
// fast path is the same validation and is quick enough for forms. This module must be
// imported before any schema is built: main.tsx imports it first.
config({ jitless: true });
