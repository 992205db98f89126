/**
 * "Café: the basics" → "cafe-the-basics": lower case, accents dropped, every run of other
 * characters one "-", none at either end. Letters and digits of any script stay ("会議-2026");
 * with `ascii`, only a–z and 0–9 do, for names that must stay plain (event slugs, meeting ids).
 * Empty when nothing is left: each caller says what stands in. Build and browser code both use
 * it (tag pages, heading ids), so it imports nothing.
 */
export function slugify(text: string, {ascii = false}: {ascii?: boolean} = {}): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(ascii ? /[^a-z0-9]+/g : /[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
