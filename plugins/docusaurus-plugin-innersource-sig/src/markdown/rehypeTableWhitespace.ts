/**
 * A rehype plugin for raw HTML tables in CommonMark (.md) pages, e.g. pages copied from Hugo:
 * rehype-raw keeps the whitespace between their tags, and React cannot have text directly in
 * <table>, <thead>, <tbody>, <tfoot> or <tr> (it warns, and hydration goes wrong). Browsers
 * ignore that whitespace anyway, so it is dropped.
 */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

// Minimal hast shapes: the plugin only looks at these fields.
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: HastNode[];
}

function isBlankText(node: HastNode): boolean {
  return node.type === 'text' && !node.value?.trim();
}

function clean(node: HastNode): void {
  if (!node.children) return;
  if (node.type === 'element' && TABLE_PARTS.has(node.tagName ?? '')) node.children = node.children.filter((child) => !isBlankText(child));
  node.children.forEach(clean);
}

export default function rehypeTableWhitespace() {
  return (tree: HastNode): void => clean(tree);
}
