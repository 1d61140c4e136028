/**
 * Rendered case bodies, kept from a case's page in one script to its twin in
 * the other: the body's HTML is the same simplified text in both (the
 * middleware converts the zh-hant page afterwards), so the MDX is rendered
 * once per case, not once per script. Twins are rendered close together
 * (`perScript` orders them so), so the cache holds a few dozen bodies at a
 * time. A twin that finds nothing (rendered at the same time) renders its own. Only in the build: `astro dev` renders each request afresh.
 */
import { builtScripts } from './built-scripts.ts';

const bodies = new Map<string, string>();
const enabled = import.meta.env.PROD && builtScripts.length > 1;

/** The rendered body of a case whose twin was rendered already (and forgets it: each twin takes it once). */
export function takeBody(id: string): string | undefined {
  const html = bodies.get(id);
  bodies.delete(id);
  return html;
}

/** Keeps a case's rendered body for its twin. */
export function keepBody(id: string, html: string): void {
  if (enabled) bodies.set(id, html);
}
