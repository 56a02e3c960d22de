/**
 * What the DOM unit tests need beyond linkedom: live-enough Ranges (linkedom's have no
 * `setStart`) and a MutationObserver whose records a test writes itself (linkedom's records
 * name the document as the target of every child change, unlike a browser's).
 */
import { parseHTML } from 'linkedom';

/** A Range as far as the scanner uses it: boundary points and whether it is collapsed. */
class BoundaryRange {
  startContainer!: Node;
  startOffset = 0;
  endContainer!: Node;
  endOffset = 0;
  setStart(node: Node, offset: number) {
    this.startContainer = node;
    this.startOffset = offset;
  }
  setEnd(node: Node, offset: number) {
    this.endContainer = node;
    this.endOffset = offset;
  }
  get collapsed() {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
}

/** A linkedom document for `body` (and `title`), whose `createRange` gives boundary ranges. */
export function pageOf(body: string, title = 'Page'): Document {
  const { document } = parseHTML(
    `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`,
  );
  const doc = document as unknown as Document;
  doc.createRange = () => new BoundaryRange() as unknown as Range;
  return doc;
}

/** A record as a browser would deliver it; node lists as arrays (index and length suffice). */
export function record(
  type: MutationRecordType,
  target: Node,
  added: Node[] = [],
  removed: Node[] = [],
): MutationRecord {
  return {
    type,
    target,
    addedNodes: added as unknown as NodeList,
    removedNodes: removed as unknown as NodeList,
  } as MutationRecord;
}

/** Stands in for the global MutationObserver; `deliver` hands the observers records. */
export class FakeMutationObserver {
  static instances: FakeMutationObserver[] = [];
  readonly observed: Array<{ target: Node; options: MutationObserverInit | undefined }> = [];
  disconnected = false;

  constructor(private readonly callback: MutationCallback) {
    FakeMutationObserver.instances.push(this);
  }

  observe(target: Node, options?: MutationObserverInit) {
    this.disconnected = false;
    this.observed.push({ target, options });
  }

  disconnect() {
    this.disconnected = true;
  }

  takeRecords(): MutationRecord[] {
    return [];
  }

  /** Calls every connected observer with `records`, as the end of a page task would. */
  static deliver(records: MutationRecord[]) {
    for (const o of FakeMutationObserver.instances) {
      if (!o.disconnected && o.observed.length) {
        o.callback(records, o as unknown as MutationObserver);
      }
    }
  }
}
