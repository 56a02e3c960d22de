/**
 * DOM reads that a page cannot redirect. A form's named controls shadow the form's own
 * properties, in our isolated world too (`<form><input name="nextSibling"></form>` makes
 * `form.nextSibling` the input): a walk reading `firstChild`, `nextSibling` or `parentNode`
 * straight off a form can loop forever, and a shadowed method (`hasAttributes`) throws. These
 * read through the interfaces' own accessors, captured once when the module loads, so a named
 * property on an element is never consulted.
 */

type Read<R> = (node: Node) => R;

/** The getter (`kind: 'get'`) or method (`'value'`) `name` of `proto`, if it has one. */
function own(proto: object | undefined, name: string, kind: 'get' | 'value'): unknown {
  if (!proto) return undefined;
  const d = Object.getOwnPropertyDescriptor(proto, name);
  return d?.[kind];
}

/**
 * Outside a browser (the unit tests' fake DOMs) there is no global interface to capture from:
 * the first accessor on the node's prototype chain, past the node itself; failing that, the
 * plain read (fake DOMs that keep the property as a field of each node).
 */
function fromChain(node: Node, name: string, kind: 'get' | 'value'): unknown {
  for (let p = Object.getPrototypeOf(node); p; p = Object.getPrototypeOf(p)) {
    const found = own(p, name, kind);
    if (typeof found === 'function') return found;
  }
  return undefined;
}

function getter<R>(proto: object | undefined, name: string): Read<R> {
  const get = own(proto, name, 'get') as ((this: Node) => R) | undefined;
  if (get) return (node) => get.call(node);
  return (node) => {
    const found = fromChain(node, name, 'get') as ((this: Node) => R) | undefined;
    return found ? found.call(node) : (node as unknown as Record<string, R>)[name]!;
  };
}

function method<A extends unknown[], R>(
  proto: object | undefined,
  name: string,
): (node: Node, ...args: A) => R {
  const fn = own(proto, name, 'value') as ((this: Node, ...args: A) => R) | undefined;
  if (fn) return (node, ...args) => fn.apply(node, args);
  return (node, ...args) => {
    const found = fromChain(node, name, 'value') as (this: Node, ...args: A) => R;
    return found.apply(node, args);
  };
}

const NodeProto = (globalThis as { Node?: { prototype: object } }).Node?.prototype;
const ElementProto = (globalThis as { Element?: { prototype: object } }).Element?.prototype;

export const nodeTypeOf: Read<number> = getter(NodeProto, 'nodeType');
export const firstChildOf: Read<Node | null> = getter(NodeProto, 'firstChild');
export const nextSiblingOf: Read<Node | null> = getter(NodeProto, 'nextSibling');
export const parentNodeOf: Read<Node | null> = getter(NodeProto, 'parentNode');
export const parentElementOf: Read<Element | null> = getter(NodeProto, 'parentElement');
export const ownerDocumentOf: Read<Document | null> = getter(NodeProto, 'ownerDocument');
export const tagNameOf: Read<string> = getter(ElementProto, 'tagName');
export const shadowRootOf: Read<ShadowRoot | null> = getter(ElementProto, 'shadowRoot');
export const hasAttributesOf: (el: Element) => boolean = method(ElementProto, 'hasAttributes');
export const getAttributeOf: (el: Element, name: string) => string | null = method(
  ElementProto,
  'getAttribute',
);
export const hasAttributeOf: (el: Element, name: string) => boolean = method(
  ElementProto,
  'hasAttribute',
);
export const containsOf: (node: Node, other: Node | null) => boolean = method(
  NodeProto,
  'contains',
);
