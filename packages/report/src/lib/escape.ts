const unsafe = /[&<>"']/g
// C0 controls other than tab, line feed and carriage return, DEL, C1 controls, lone surrogates and
// noncharacters: HTML parse errors, shown as U+FFFD.
const invalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const entities: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/**
 * Escape text for HTML: safe in text content, in quoted attribute values, in `<title>` and in inline SVG.
 *
 * `&`, `<`, `>`, `"` and `'` become character references, so no markup, attribute or CDATA section
 * (`]]>`) can be written from input; characters that are errors in HTML (NUL, other controls, lone
 * surrogates) become U+FFFD.
 *
 * @param value
 *   Text from the input.
 * @returns
 *   Escaped text.
 */
export function escapeHtml(value: string): string {
  return value.replace(invalid, '\uFFFD').replace(unsafe, (character) => entities[character] ?? character)
}

/**
 * One attribute, escaped, with a leading space; nothing when the value is null or undefined.
 *
 * @param name
 *   Attribute name (a constant of this package, never input).
 * @param value
 *   Value (optional).
 * @returns
 *   ` name="value"` or the empty string.
 */
export function attribute(name: string, value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : ` ${name}="${escapeHtml(String(value))}"`
}
