/**
 * DOM reads that a page cannot redirect. A form's named controls shadow the form's own
 * properties, in our isolated world too (`<form><input name="nextSibling"></form>` makes
 * `form.nextSibling` the input): a walk reading `firstChild`, `nextSibling` or `parentNode`
 * straight off a form can loop forever, and a shadowed method (`hasAttributes`) throws. These
 * read through the interfaces' own accessors, so a named property on an element is never
 * consulted. Each accessor is captured at its first use, not when the module loads: the first
 * touch of an interface (`Element`) builds it in the content script's world, which a page the
 * probe never walks need not pay for. Late capture reads the same accessors: a page's changes
 * to its prototypes stay in its own world.
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

/** Where an interface's prototype is found, looked up only when first needed. */
type ProtoOf = () => object | undefined;

function getter<R>(protoOf: ProtoOf, name: string): Read<R> {
  type Get = (this: Node) => R;
  // undefined: not looked up yet; null: the interface has none (a fake DOM).
  let get: Get | null | undefined;
  return (node) => {
    if (get === undefined) get = (own(protoOf(), name, 'get') as Get | undefined) ?? null;
    if (get) return get.call(node);
    const found = fromChain(node, name, 'get') as Get | undefined;
    return found ? found.call(node) : (node as unknown as Record<string, R>)[name]!;
  };
}

function method<A extends unknown[], R>(
  protoOf: ProtoOf,
  name: string,
): (node: Node, ...args: A) => R {
  type Fn = (this: Node, ...args: A) => R;
  let fn: Fn | null | undefined;
  return (node, ...args) => {
    if (fn === undefined) fn = (own(protoOf(), name, 'value') as Fn | undefined) ?? null;
    return (fn ?? (fromChain(node, name, 'value') as Fn)).apply(node, args);
  };
}

const NodeProto: ProtoOf = () => (globalThis as { Node?: { prototype: object } }).Node?.prototype;
const ElementProto: ProtoOf = () =>
  (globalThis as { Element?: { prototype: object } }).Element?.prototype;

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
