// zod compiles a fast path for object schemas with `new Function`, after probing whether
// eval is allowed. Our Content-Security-Policy forbids eval (no 'unsafe-eval'), so the probe
// is reported as a CSP violation on every page with a form. Parsing without the compiled
// fast path is the same validation and quick enough for forms.
//
// zod reads its settings from this global when it loads (it is how copies of zod share
// them), so setting it here keeps zod itself (about 4 KB gzip) out of the first-visit
// bundle, which `config({ jitless: true })` from 'zod' would pull in. It must run before any
// schema is built: main.tsx imports this module first. The e2e suite reports any CSP
// violation, so a zod release that stops reading the global would be caught.
const scope = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };

export {};
