/**
 * Steps through a DOM subtree in document order with the Node interface alone: linkedom (the CLI's parser) has no
 * TreeWalker.previousNode, and these work the same in every DOM the project reads.
 */

/** The next node in document order after all of `node`'s descendants, within `root`; null at the end. */
export function afterSubtree(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/** The next node in document order within `root` (children first); null at the end. */
export function following(node: Node, root: Node): Node | null {
  return node.firstChild ?? afterSubtree(node, root);
}

/** The previous node in document order within `root` (its ancestors included); null at the start. */
export function preceding(node: Node, root: Node): Node | null {
  if (node === root) return null;
  let n = node.previousSibling;
  if (!n) return node.parentNode === root ? null : node.parentNode;
  while (n.lastChild) n = n.lastChild;
  return n;
}

/** Calls `visit` for every Text node under `root`, in document order. */
export function forEachText(root: Node, visit: (text: Text) => void): void {
  for (let n: Node | null = root.firstChild; n; n = following(n, root)) if (n.nodeType === 3) visit(n as Text);
}

/** Whether an ancestor of `node` below `root` passes `test`. */
export function hasAncestor(node: Node, root: Node, test: (el: Element) => boolean): boolean {
  for (let n = node.parentNode; n && n !== root; n = n.parentNode) if (test(n as Element)) return true;
  return false;
}
