/**
 * Pasted HTML from web pages and Word, cleaned before Lexical imports it: no scripts, styles,
 * classes, ids, event handlers, images, forms or Word's Office markup — only the structure the
 * body can hold (paragraphs, headings, lists, quotes, links, bold/italic/underline/strike).
 *
 * Formatting that arrives as inline CSS (Google Docs and Word put bold in `font-weight`, and
 * Docs wraps a whole paste in `<b style="font-weight:normal">`) is turned into the matching tags
 * first, so dropping the styles keeps what the writer meant and no more.
 */
const ALLOWED_TAGS = [
  'p', 'div', 'br', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote',
  'a', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'sub', 'sup',
];

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

function wrapChildren(el: Element, tag: string): void {
  const wrapper = el.ownerDocument.createElement(tag);
  wrapper.append(...Array.from(el.childNodes));
  el.append(wrapper);
}

function isBoldWeight(weight: string): boolean {
  return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
}

/** Inline CSS formatting → semantic tags, so it survives the removal of `style`. */
function stylesToTags(root: Element): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[style]'))) {
    const style = el.style;
    const weight = style.fontWeight?.trim() ?? '';
    const tag = el.tagName.toLowerCase();
    if ((tag === 'b' || tag === 'strong') && weight && !isBoldWeight(weight)) {
      unwrap(el);
      continue;
    }
    if (weight && isBoldWeight(weight) && tag !== 'b' && tag !== 'strong') wrapChildren(el, 'strong');
    if (style.fontStyle === 'italic' && tag !== 'i' && tag !== 'em') wrapChildren(el, 'em');
    const decoration = `${style.textDecoration ?? ''} ${style.textDecorationLine ?? ''}`;
    if (decoration.includes('underline') && tag !== 'u' && tag !== 'a') wrapChildren(el, 'u');
    if (decoration.includes('line-through') && tag !== 's') wrapChildren(el, 's');
  }
}

/** Elements whose content is never text of the story. */
const DROP_WITH_CONTENT = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'head',
  'title', 'meta', 'link', 'select', 'textarea', 'button', 'input', 'img', 'video', 'audio', 'canvas',
]);
const ALLOWED = new Set(ALLOWED_TAGS);

/**
 * Rebuilds the pasted tree from scratch in a fresh document: allowed elements are copied with no
 * attributes except a safe `href`; unknown elements give up their children; comments and
 * dangerous elements vanish. Nothing of the original element objects survives.
 */
function copyClean(from: Node, into: Element, doc: Document): void {
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === 3) {
      into.append(doc.createTextNode(child.textContent ?? ''));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toLowerCase();
    if (DROP_WITH_CONTENT.has(tag) || tag.includes(':')) continue;
    if (!ALLOWED.has(tag)) {
      copyClean(el, into, doc);
      continue;
    }
    const copy = doc.createElement(tag);
    if (tag === 'a') {
      const href = el.getAttribute('href')?.trim() ?? '';
      if (/^(?:https?:|mailto:)/i.test(href)) copy.setAttribute('href', href);
    }
    copyClean(el, copy, doc);
    into.append(copy);
  }
}

export function sanitizePastedHtml(html: string): string {
  // Word wraps its content in conditional comments and Office elements (<o:p>); drop them first.
  const withoutOffice = html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<\/?o:p[^>]*>/gi, '');
  const source = new DOMParser().parseFromString(withoutOffice, 'text/html');
  stylesToTags(source.body);
  const target = document.implementation.createHTMLDocument('');
  copyClean(source.body, target.body, target);
  return target.body.innerHTML;
}
