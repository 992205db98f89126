/** A readable anchor id from a title: "What is it?" → "what-is-it". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'section';
}

/**
 * Hands out unique ids for one rendered page. Keyed by React's useId so that a component
 * rendering twice (StrictMode, re-renders) keeps its id, and server and browser agree.
 */
export class HeadingIdRegistry {
  private readonly byOwner = new Map<string, string>();
  private readonly taken = new Set<string>();

  claim(owner: string, title: string): string {
    const existing = this.byOwner.get(owner);
    if (existing) return existing;
    const base = slugify(title);
    let id = base;
    for (let n = 2; this.taken.has(id); n += 1) id = `${base}-${n}`;
    this.taken.add(id);
    this.byOwner.set(owner, id);
    return id;
  }
}
