/**
 * An initiative page's path, without its language prefix: `/initiatives/<slug>`, the slug in
 * lower-case letters, digits and hyphens. Read by the server's shell, link previews and first
 * paint, and by the app as it starts. Pure: no imports.
 */
export const INITIATIVE_PATH = /^\/initiatives\/([a-z0-9-]+)\/?$/;

/** The slug an initiative page's path names, or undefined for any other path. */
export function initiativeSlugOf(path: string): string | undefined {
  return INITIATIVE_PATH.exec(path)?.[1];
}
