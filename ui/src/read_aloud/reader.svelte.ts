// "Read this to me": gathers a part of the page's text as the student sees
// it, hands it to Rust to be read aloud (`api.readAloud`), and marks the
// sentence being read in place (the CSS Custom Highlight API; a form field's
// words, which a highlight cannot reach, get an outline instead). One reading
// at a time; Escape, the same button, another screen or the lock stop it.
import type { ApiError } from '../lib/bindings/ApiError';
import type { ReadingEvent } from '../lib/bindings/ReadingEvent';
import type { SentenceAt } from '../lib/bindings/SentenceAt';
import { api } from '../lib/ipc';
import { toApiError } from '../lib/errors';

/** A run of text the page shows as one block (a heading, a paragraph, a
 *  field's words), with where each of its text nodes starts in it. */
export type Block =
  | { text: string; nodes: { node: Text; start: number }[] }
  | { text: string; field: HTMLElement };

const SKIPPED = 'script, style, svg, template, [hidden], [aria-hidden="true"], [data-no-read], .visually-hidden';
const FIELDS = 'input, textarea, select';

/** Elements that sit within a line of text (by their kind, not their
 *  styles: a flex row of tags still reads as one line). A button or a
 *  field's label is read as a line of its own. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'I', 'KBD',
  'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]);

function isInline(element: Element): boolean {
  return INLINE.has(element.tagName.toUpperCase());
}

/** A form field's words as the student sees them (nothing for a tick box). */
function fieldText(element: Element): string {
  if (element instanceof HTMLTextAreaElement) return element.value;
  if (element instanceof HTMLSelectElement) return element.selectedOptions[0]?.textContent ?? '';
  if (element instanceof HTMLInputElement && ['text', 'search', 'email', 'url', 'tel', ''].includes(element.type)) {
    return element.value;
  }
  return '';
}

/** The text of `root` as blocks, in reading order: what is hidden, buttons
 *  (but not the link-like ones that hold a plan's words) and tick boxes are
 *  left out. */
export function gather(root: Element): Block[] {
  const blocks: Block[] = [];
  let current: { text: string; nodes: { node: Text; start: number }[] } | null = null;
  const close = () => {
    if (current && current.text.trim()) blocks.push(current);
    current = null;
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.nodeValue ?? '';
      if (!text) return;
      current ??= { text: '', nodes: [] };
      current.nodes.push({ node: node as Text, start: current.text.length });
      current.text += text;
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.matches(SKIPPED) || (node.matches('button') && !node.matches('.link'))) return;
    if (node.matches(FIELDS)) {
      const text = fieldText(node);
      if (text.trim()) {
        close();
        blocks.push({ text, field: node as HTMLElement });
      }
      return;
    }
    const block = !isInline(node);
    if (block) close();
    for (const child of node.childNodes) walk(child);
    if (block) close();
  };
  walk(root);
  close();
  return blocks;
}

/** The place `offset` of a text block, as a DOM position. */
function position(block: { nodes: { node: Text; start: number }[] }, offset: number, end: boolean): [Text, number] {
  // The node the offset falls in (an end may be at a node's very end); the
  // last node when it is past them all.
  const found =
    block.nodes.find((entry) => {
      const length = entry.node.nodeValue?.length ?? 0;
      return end ? offset <= entry.start + length : offset < entry.start + length;
    }) ?? block.nodes[block.nodes.length - 1];
  if (!found) throw new Error('a text block has a text node');
  const length = found.node.nodeValue?.length ?? 0;
  return [found.node, Math.min(Math.max(offset - found.start, 0), length)];
}

/** The sentence at `at`, as a DOM range (a text block's), or its field. */
export function placeOf(blocks: Block[], at: SentenceAt): Range | HTMLElement | null {
  const block = blocks[at.block];
  if (!block) return null;
  if ('field' in block) return block.field;
  const range = document.createRange();
  const [startNode, startOffset] = position(block, at.start, false);
  const [endNode, endOffset] = position(block, at.end, true);
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

const HIGHLIGHT = 'waymark-reading';

type Marker = { add(range: Range): void; clear(): void };

/** The page's highlight for the sentence being read; null where the engine
 *  has no CSS Custom Highlight API. One highlight, its range swapped. */
function marker(): Marker | null {
  const g = globalThis as { CSS?: { highlights?: Map<string, unknown> }; Highlight?: new () => Marker };
  const registry = g.CSS?.highlights;
  if (!registry || !g.Highlight) return null;
  let highlight = registry.get(HIGHLIGHT) as Marker | undefined;
  if (!highlight) {
    highlight = new g.Highlight();
    registry.set(HIGHLIGHT, highlight);
  }
  return highlight;
}

function unmarkAll() {
  (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights?.delete(HIGHLIGHT);
}

class Reader {
  /** The element being read, or null. */
  root: Element | null = $state(null);
  /** Why the last reading could not start, for the button that asked. */
  problem: { root: Element; error: ApiError } | null = $state(null);
  /** The sentence being read now, as text (for the status line). */
  sentence = $state('');
  #blocks: Block[] = [];
  #places: SentenceAt[] | null = null;
  #waiting: number | null = null;
  #field: HTMLElement | null = null;
  #before: Element | null = null;
  #run = 0;

  /** Reads `root` aloud; if it is being read, stops instead. */
  async toggle(root: Element) {
    if (this.root === root) {
      this.stop();
      return;
    }
    // Another reading going is stopped by Rust as this one starts: a stop
    // sent from here might arrive after the start, and end the new one.
    if (this.root) {
      this.#run++;
      this.#clear();
    }
    const blocks = gather(root);
    const run = ++this.#run;
    this.problem = null;
    this.#blocks = blocks;
    this.#places = null;
    this.#waiting = null;
    this.root = root;
    addEventListener('keydown', this.#escape, true);
    try {
      const places = await api.readAloud(
        blocks.map((b) => b.text),
        (event) => this.#heard(run, event),
      );
      if (run !== this.#run) return;
      this.#places = places;
    } catch (thrown) {
      if (run !== this.#run) return;
      this.#clear();
      this.problem = { root, error: toApiError(thrown) };
      return;
    }
    if (this.#waiting !== null) this.#mark(this.#waiting);
  }

  /** Stops the reading going, at once. */
  stop() {
    if (!this.root) return;
    this.#run++;
    this.#clear();
    api.stopReading().catch(() => undefined);
  }

  #escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.root) return;
    event.preventDefault();
    event.stopPropagation();
    this.stop();
  };

  #heard(run: number, event: ReadingEvent) {
    if (run !== this.#run) return;
    if (event.kind === 'sentence') {
      if (this.#places) this.#mark(event.index);
      else this.#waiting = event.index;
    } else {
      this.#clear();
    }
  }

  #mark(index: number) {
    const at = this.#places?.[index];
    if (!at) return;
    this.#unmark();
    const place = placeOf(this.#blocks, at);
    if (!place) return;
    if (place instanceof HTMLElement) {
      this.#field = place;
      place.classList.add('reading-now');
      this.sentence = place instanceof HTMLInputElement || place instanceof HTMLTextAreaElement
        ? place.value.slice(at.start, at.end)
        : (place.textContent ?? '');
      place.scrollIntoView?.({ block: 'nearest' });
      return;
    }
    this.sentence = place.toString();
    marker()?.add(place);
    const element = place.startContainer.parentElement;
    // WebKitGTK repaints only the new range: the block read before is
    // repainted too, or its mark would stay on screen.
    this.#before = element;
    element?.classList.add('being-read');
    element?.scrollIntoView?.({ block: 'nearest' });
  }

  #unmark() {
    marker()?.clear();
    this.#before?.classList.remove('being-read');
    this.#before = null;
    this.#field?.classList.remove('reading-now');
    this.#field = null;
  }

  #clear() {
    this.#unmark();
    unmarkAll();
    removeEventListener('keydown', this.#escape, true);
    this.root = null;
    this.sentence = '';
    this.#blocks = [];
    this.#places = null;
  }
}

export const reader = new Reader();
