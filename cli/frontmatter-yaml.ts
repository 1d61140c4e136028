/**
 * The one writer of YAML values in the frontmatter that commands write (`npm run import`,
 * `npm run new-case`): the layout of the committed files, where a value is quoted only when YAML
 * needs it. Astro reads frontmatter as YAML 1.1 too, so `yes`, `on` … are quoted as well.
 */

/** A YAML scalar: plain when that is unambiguous, else double-quoted (JSON is valid YAML). */
export function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const plainSafe =
    value.length > 0 &&
    !/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/[:#]\s|\s#|:$|\s$/.test(value) &&
    !/[,[\]{}]/.test(value) &&
    !/^(true|false|yes|no|null|on|off|~)$/i.test(value) &&
    !/^[-+]?(\d[\d_.:-]*|\.\d+)$/.test(value);
  return plainSafe ? value : JSON.stringify(value);
}
