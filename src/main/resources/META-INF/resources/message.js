// Customer messages as the codes catalogue writes them: blocks separated by a blank line; inside a block each line is
// a paragraph, or a list item when it starts with "- " or "1. "; neighbouring items form one list.

const ITEM = /^(?:-\s+|\d+\.\s+)/;

/** The message as units: {kind: 'p', text} or {kind: 'ul'|'ol', items: [...]}, plus attached: follows its lead-in. */
export function parseMessage(message) {
  const units = [];
  for (const block of (message || '').split(/\n\s*\n/)) {
    let previous = null;
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const item = line.match(ITEM);
      if (item) {
        const kind = item[0].startsWith('-') ? 'ul' : 'ol';
        const text = line.slice(item[0].length).trim();
        if (previous && previous.kind === kind) {
          previous.items.push(text);
        } else {
          previous = { kind, items: [text], attached: previous !== null };
          units.push(previous);
        }
      } else {
        previous = { kind: 'p', text: line, attached: false };
        units.push(previous);
      }
    }
  }
  return units;
}

/** DOM nodes for a message: paragraphs and lists. */
export function renderMessage(message) {
  const fragment = document.createDocumentFragment();
  for (const unit of parseMessage(message)) {
    if (unit.kind === 'p') {
      const p = document.createElement('p');
      p.textContent = unit.text;
      fragment.append(p);
    } else {
      const list = document.createElement(unit.kind);
      for (const text of unit.items) {
        const li = document.createElement('li');
        li.textContent = text;
        list.append(li);
      }
      fragment.append(list);
    }
  }
  return fragment;
}

const key = unit => unit.kind === 'p'
  ? 'p:' + normalise(unit.text)
  : unit.kind + ':' + unit.items.map(normalise).join('\u0001');
const normalise = s => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * One email from several messages: identical paragraphs and identical lists are kept once, at their first place.
 * A lead-in ("The copy must show:") whose list was already given points back to it instead of dangling.
 */
export function mergeMessages(messages, greetingName) {
  const seen = new Set();
  const out = [];
  for (const message of messages) {
    const units = parseMessage(message);
    units.forEach((unit, i) => {
      const k = key(unit);
      if (seen.has(k)) {
        const lead = out[out.length - 1];
        if (unit.kind !== 'p' && unit.attached && lead && lead.source === units[i - 1] && /:$/.test(lead.text)) {
          lead.text = lead.text.replace(/:$/, ' what is listed above.');
        }
        return;
      }
      seen.add(k);
      out.push(unit.kind === 'p' ? { kind: 'p', text: unit.text, source: unit } : { ...unit, source: unit });
    });
  }
  const lines = [greetingName ? `Hello ${greetingName},` : 'Hello,', ''];
  out.forEach((unit, i) => {
    if (unit.kind === 'p') {
      if (i > 0) lines.push('');
      lines.push(unit.text);
    } else {
      if (i > 0 && !unit.attached) lines.push('');
      unit.items.forEach((text, n) => lines.push(unit.kind === 'ul' ? `- ${text}` : `${n + 1}. ${text}`));
    }
  });
  lines.push('', 'Thank you,');
  return lines.join('\n');
}
