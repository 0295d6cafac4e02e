import { Fragment, createElement, type ReactNode } from 'react';

/** A character no message holds, to mark where a parameter went. */
const MARK = '\u0000';

/**
 * A message with elements in it ("Showing <span dir="rtl">…</span>"): the message is written with
 * a marker for each of `nodes`' parameters, then split there, so the words around them are the
 * catalogue's in any language and order, and the elements are the page's. The other parameters
 * are words and pass through as they are.
 */
export function withNodes<P extends object>(message: (params: P) => string, params: Partial<P>, nodes: Partial<Record<keyof P & string, ReactNode>>): ReactNode {
  const names = Object.keys(nodes);
  const marked = { ...params, ...Object.fromEntries(names.map((name, index) => [name, `${MARK}${index}${MARK}`])) } as P;
  const pieces = message(marked).split(MARK);
  // Odd pieces are the markers' indexes; even pieces the words between them (empty ones dropped, as JSX writes none).
  const children = pieces.flatMap((piece, at): ReactNode[] => (at % 2 === 1 ? [createElement(Fragment, { key: at }, nodes[names[Number(piece)] as keyof P & string])] : piece ? [piece] : []));
  return children.length === 1 && typeof children[0] === 'string' ? children[0] : children;
}
