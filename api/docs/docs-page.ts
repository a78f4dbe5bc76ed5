import { escapeHtml } from '../lib/shell.ts';

type Param = {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: unknown;
};
type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Param[];
  responses?: Record<string, { description?: string; content?: Record<string, unknown> }>;
};
type Doc = {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation> | undefined>;
};

/**
 * A readable, self-contained reference page for partners, rendered from the same
 * OpenAPI document that /api/openapi.json serves (so the two never disagree).
 */
export function docsPage(doc: Doc): string {
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods ?? {}).map(([method, op]) => ({ path, method, op })),
  );
  const sections = ops
    .map(({ path, method, op }) => {
      const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
      const params = (op.parameters ?? [])
        .map(
          (p) =>
            `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}</td>` +
            `<td>${p.required ? 'yes' : 'no'}</td><td>${escapeHtml(p.description ?? '')}</td></tr>`,
        )
        .join('');
      const responses = Object.entries(op.responses ?? {})
        .map(
          ([code, r]) =>
            `<li><strong>${escapeHtml(code)}</strong> ${escapeHtml(r.description ?? '')}` +
            ` <span class="ct">${escapeHtml(Object.keys(r.content ?? {}).join(', '))}</span></li>`,
        )
        .join('');
      const example = `curl '${path.replace(/\{(\w+)\}/g, ':$1')}'`;
      return `<section id="${id}">
  <h2><span class="m">${method.toUpperCase()}</span> <code>/api${escapeHtml(path)}</code></h2>
  <p>${escapeHtml(op.summary ?? '')}</p>
  ${op.description ? `<p>${escapeHtml(op.description)}</p>` : ''}
  ${params ? `<table><thead><tr><th>Parameter</th><th>In</th><th>Required</th><th>Meaning</th></tr></thead><tbody>${params}</tbody></table>` : ''}
  <h3>Responses</h3><ul>${responses}</ul>
  <pre><code>${escapeHtml(example.replace("'", "'/api"))}</code></pre>
</section>`;
    })
    .join('\n');
  const toc = ops
    .map(
      ({ path, method }) =>
        `<li><a href="#${`${method}-${path}`.replace(/[^a-z0-9]+/gi, '-')}">${method.toUpperCase()} /api${escapeHtml(path)}</a></li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)} reference</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1f;background:#fafafa}
main{max-width:60rem;margin-inline:auto;padding:1.5rem}
h1{margin-block-end:.25rem}section{background:#fff;border:1px solid #ddd;border-radius:8px;padding:1rem 1.25rem;margin-block:1rem}
h2{font-size:1.1rem}.m{background:#0b5cad;color:#fff;border-radius:4px;padding:.1rem .4rem;font-size:.85rem}
table{border-collapse:collapse;width:100%}th,td{border-block-end:1px solid #eee;text-align:start;padding:.3rem;vertical-align:top}
code{font-family:ui-monospace,monospace}pre{background:#f1f3f5;padding:.5rem;overflow:auto}.ct{color:#555}
a{color:#0b5cad}
</style></head>
<body><main>
<h1>${escapeHtml(doc.info.title)}</h1>
<p>Version ${escapeHtml(doc.info.version)}. ${escapeHtml(doc.info.description ?? '')}</p>
<p>Machine-readable description: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<nav aria-label="Endpoints"><ul>${toc}</ul></nav>
${sections}
</main></body></html>`;
}
