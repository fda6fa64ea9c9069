// The intake page: sends the documents and order to POST /api/v1/prechecks and shows the answer.
import { renderMessage, mergeMessages } from './message.js';

const API = '/api/v1/prechecks';
const CHECK_BY_EYE_BELOW = 0.7; // a field read with less confidence than this is worth a look
const DOC_LABEL = { loa: 'LOA', bill: 'Bill', order: 'Order' };
const PARTS = ['loa', 'bill'];

const $ = id => document.getElementById(id);
const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) node.append(c);
  }
  return node;
};

const form = $('precheck');
let request = null;
let ticker = null;

// ---------- documents ----------

function today() {
  const d = new Date();
  const pad = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function sizeText(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function showFile(part) {
  const input = $(part);
  const file = input.files[0];
  const slot = input.closest('.file-slot');
  slot.classList.toggle('has-file', !!file);
  $(`${part}-name`).textContent = file ? `${file.name} · ${sizeText(file.size)}` : '';
  slot.querySelector('.clear-file').hidden = !file;
  setError(part, '');
}

for (const part of PARTS) {
  const input = $(part);
  const zone = input.closest('.dropzone');
  input.addEventListener('change', () => showFile(part));
  // the file input covers its drop zone, so the browser itself takes a dropped file; this only shows the target
  input.addEventListener('dragenter', () => zone.classList.add('dragging'));
  input.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  input.addEventListener('drop', () => zone.classList.remove('dragging'));
}
for (const button of document.querySelectorAll('.clear-file')) {
  button.addEventListener('click', () => {
    const part = button.dataset.for;
    $(part).value = '';
    showFile(part);
    $(part).focus();
  });
}
// a file dropped next to a zone must not make the browser leave the page
window.addEventListener('dragover', e => e.preventDefault());
window.addEventListener('drop', e => e.preventDefault());

// ---------- order ----------

const TEXT_FIELDS = ['btn', 'accountName', 'businessName', 'authorizedPerson', 'carrier', 'accountNumber', 'pin',
  'ssnLast4', 'accountType', 'internetConnection'];
const ADDRESS_FIELDS = ['line1', 'line2', 'city', 'state', 'zip'];

/** The order as the API takes it, with only the filled fields; null when nothing is filled. */
function order() {
  const o = {};
  const numbers = $('numbers').value.split(/[\n,;]+/).map(s => s.trim()).filter(Boolean);
  if (numbers.length) o.numbers = numbers;
  for (const name of TEXT_FIELDS) {
    const v = $(name).value.trim();
    if (v) o[name] = v;
  }
  const address = {};
  for (const name of ADDRESS_FIELDS) {
    const v = $(name).value.trim();
    if (v) address[name] = v;
  }
  if (Object.keys(address).length) o.serviceAddress = address;
  return Object.keys(o).length ? o : null;
}

// ---------- errors ----------

function setError(where, text) {
  const node = $(`${where}-error`);
  node.textContent = text;
  node.closest('.file-slot, .order')?.classList.toggle('invalid', !!text);
}

function clearErrors() {
  for (const where of [...PARTS, 'order']) setError(where, '');
  $('general-error').hidden = true;
  $('general-error').textContent = '';
}

function plainWords(problem, retryAfter) {
  const what = problem.part === 'loa' ? 'The LOA' : problem.part === 'bill' ? 'The bill' : 'This';
  switch (problem.status) {
    case 415: return problem.part
      ? `${what} file is not a PDF, PNG, JPEG or TIFF. Ask the customer for one of those.`
      : 'The request was not sent as a file upload. Reload the page and try again.';
    case 413: return problem.part
      ? `${what} ${problem.part === 'order' ? 'order is' : 'file is'} too large (${problem.detail}).`
      : `The files are too large together (${problem.detail}).`;
    case 422: return `${what} file cannot be read: ${problem.detail}. It may be damaged, empty or password-protected; ask for a new copy.`;
    case 503: return `The service is busy reading other documents. Try again in ${retryAfter || 'a few'} s.`;
    case 400: return problem.part === 'order'
      ? `The order has a value the service does not take: ${problem.detail}.`
      : `The request was refused: ${problem.detail}.`;
    default: return `${problem.title || 'Error'}: ${problem.detail || 'the check could not be done'}.`;
  }
}

function showProblem(status, body, retryAfter) {
  let problem;
  try {
    problem = JSON.parse(body);
  } catch {
    problem = { status, title: 'Error', detail: `the service answered ${status}` };
  }
  problem.status = problem.status || status;
  const text = plainWords(problem, retryAfter);
  if (problem.part && $(`${problem.part}-error`)) {
    setError(problem.part, text);
    if (problem.part === 'order') $('order-section').open = true;
    showGeneral(`The check was not done: see the message next to the ${DOC_LABEL[problem.part] || problem.part}${problem.part === 'order' ? ' section' : ' file'}.`);
    $(problem.part === 'order' ? 'numbers' : problem.part).focus();
  } else {
    showGeneral(text);
  }
}

function showGeneral(text) {
  const box = $('general-error');
  box.textContent = text;
  box.hidden = false;
}

// ---------- progress ----------

function progress(state, percent) {
  const bar = $('progress-bar');
  const text = $('progress-text');
  const elapsed = $('progress-elapsed');
  clearInterval(ticker);
  elapsed.textContent = '';
  if (state === 'upload') {
    bar.hidden = false;
    bar.value = percent;
    text.textContent = `Uploading… ${percent} %`;
  } else if (state === 'reading') {
    bar.hidden = false;
    bar.removeAttribute('value'); // indeterminate
    text.textContent = 'Reading documents…';
    const started = Date.now();
    ticker = setInterval(() => { elapsed.textContent = `${Math.round((Date.now() - started) / 1000)} s`; }, 1000);
  } else {
    bar.hidden = true;
    text.textContent = state || '';
  }
  form.classList.toggle('busy', state === 'upload' || state === 'reading');
}

// ---------- sending ----------

form.addEventListener('submit', e => {
  e.preventDefault();
  if (request) return;
  clearErrors();
  const data = new FormData();
  for (const part of PARTS) {
    const file = $(part).files[0];
    if (file) data.append(part, file, file.name);
  }
  const o = order();
  if (o) data.append('order', new Blob([JSON.stringify(o)], { type: 'application/json' }), 'order.json');
  const asOf = $('asOf').value || today();

  const xhr = new XMLHttpRequest();
  request = xhr;
  xhr.open('POST', `${API}?asOf=${encodeURIComponent(asOf)}`);
  xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
  xhr.upload.addEventListener('progress', ev => {
    if (ev.lengthComputable) progress('upload', Math.round(100 * ev.loaded / ev.total));
  });
  xhr.upload.addEventListener('load', () => progress('reading'));
  xhr.addEventListener('load', () => {
    done();
    if (xhr.status === 200) {
      let answer;
      try {
        answer = JSON.parse(xhr.responseText);
      } catch {
        showGeneral('The service sent an answer this page cannot read. Try again.');
        return;
      }
      progress(`Checked in ${((answer.timings?.totalMs || 0) / 1000).toFixed(1)} s.`);
      showResult(answer, o);
    } else {
      progress('');
      showProblem(xhr.status, xhr.responseText, xhr.getResponseHeader('Retry-After'));
    }
  });
  xhr.addEventListener('error', () => { done(); progress(''); showGeneral('The service could not be reached. Check the connection and try again.'); });
  xhr.addEventListener('abort', () => { done(); progress('Cancelled.'); });
  $('check').disabled = true;
  $('cancel').hidden = false;
  $('result').setAttribute('aria-busy', 'true');
  progress('upload', 0);
  xhr.send(data);
});

function done() {
  request = null;
  $('check').disabled = false;
  $('cancel').hidden = true;
  $('result').removeAttribute('aria-busy');
}

$('cancel').addEventListener('click', () => request?.abort());

form.addEventListener('reset', () => {
  setTimeout(() => {
    PARTS.forEach(showFile);
    $('asOf').value = today();
    clearErrors();
    progress('');
    $('result').hidden = true;
  });
});

// ---------- result ----------

const hasBox = b => b && (b.width > 0 && b.height > 0);

function showResult(answer, sentOrder) {
  const result = $('result');
  result.hidden = false;
  const codes = answer.codes || [];
  const verdict = $('verdict');
  verdict.className = `verdict ${answer.ready ? 'ready' : 'not-ready'}`;
  verdict.replaceChildren(
    el('span', { class: 'verdict-word', text: answer.ready ? 'READY' : 'NOT READY' }),
    el('span', { class: 'verdict-text', text: answer.ready
        ? 'No code raised: the documents can go to the carrier.'
        : `${codes.length} ${codes.length === 1 ? 'code' : 'codes'} to resolve with the customer before the port: ${codes.map(c => c.code).join(', ')}.` }),
    el('span', { class: 'verdict-meta', text: `as of ${answer.asOf} · check ${String(answer.id || '').slice(0, 8)}` }));

  renderPages(answer);
  renderCodes(codes);
  renderReview(answer.review || []);
  const email = $('email');
  email.value = codes.length ? mergeMessages(codes.map(c => c.message), sentOrder?.accountName) : '';
  $('email-section').hidden = !codes.length;
  $('copy-status').textContent = '';
  renderFields(answer.documents || {});
  verdict.focus({ preventScroll: true });
  result.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

function evidenceText(ev) {
  const where = [DOC_LABEL[ev.document] || ev.document, ev.page ? `p. ${ev.page}` : null].filter(Boolean).join(' ');
  return { where, what: [ev.field ? humanise(ev.field) : null, ev.detail].filter(Boolean).join(': ') };
}

const pointed = { hover: null, focus: null }; // the code cards under the mouse and with the focus

function renderCodes(codes) {
  pointed.hover = pointed.focus = null;
  const list = $('codes');
  list.replaceChildren();
  if (!codes.length) {
    list.append(el('p', { class: 'empty', text: 'Nothing to resolve.' }));
    return;
  }
  for (const code of codes) {
    const card = el('article', { class: 'code-card', id: `code-${code.code}`, tabindex: '0', 'data-code': code.code,
      'aria-labelledby': `code-${code.code}-title` });
    const evidence = el('ul', { class: 'evidence' });
    for (const ev of code.evidence || []) {
      const { where, what } = evidenceText(ev);
      const box = boxAt.get(placeOf.get(ev));
      evidence.append(el('li', { class: box ? 'boxed' : '' },
        el('span', { class: 'where', text: where }), ' ', el('span', { text: what }),
        box ? el('button', { type: 'button', class: 'link show-box', text: 'show on page',
          'aria-label': `Show on ${where}: ${what}`, onclick: () => showBox(box) }) : null));
    }
    card.append(
      el('h4', { id: `code-${code.code}-title` }, el('span', { class: 'code-no', text: code.code }), ' ', code.title),
      el('div', { class: 'message' }, renderMessage(code.message)),
      (code.evidence || []).length ? el('details', { class: 'evidence-wrap', open: true },
        el('summary', { text: `Evidence (${code.evidence.length})` }), evidence) : null);
    // the latest of hover and focus wins; leaving one falls back to the other
    card.addEventListener('mouseenter', () => { pointed.hover = code.code; highlight(code.code, true); });
    card.addEventListener('focusin', () => { pointed.focus = code.code; highlight(code.code, true); });
    card.addEventListener('mouseleave', () => { pointed.hover = null; highlight(pointed.focus, false); });
    card.addEventListener('focusout', () => { pointed.focus = null; highlight(pointed.hover, false); });
    list.append(card);
  }
}

function renderReview(review) {
  $('review-section').hidden = !review.length;
  $('review').replaceChildren(...review.map((r, i) => {
    const { where, what } = evidenceText(r);
    return el('li', { id: `review-${i}`, tabindex: '-1' }, el('span', { class: 'where', text: where }), ' ', what);
  }));
}

function scrollViewTo(box) {
  const view = $('page-view');
  const v = view.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  view.scrollTo({ top: view.scrollTop + b.top - v.top - v.height / 3, behavior: 'smooth' });
}

function showBox(box) {
  scrollViewTo(box);
  box.classList.add('pulse');
  setTimeout(() => box.classList.remove('pulse'), 1600);
}

/** Marks the boxes of a code (and its card); with scroll, brings the first box into the page view. */
function highlight(code, scroll) {
  document.querySelectorAll('.ebox.active, .code-card.active').forEach(n => n.classList.remove('active'));
  if (code === null || code === undefined) return;
  const boxes = [...document.querySelectorAll(`.ebox[data-codes~="${code}"]`)];
  boxes.forEach(b => b.classList.add('active'));
  $(`code-${code}`)?.classList.add('active');
  if (scroll && boxes.length) scrollViewTo(boxes[0]);
}

const placeOf = new Map(); // evidence item -> its place key
const boxAt = new Map();   // place key -> the box drawn there

function renderPages(answer) {
  placeOf.clear();
  boxAt.clear();
  const view = $('page-view');
  view.replaceChildren();
  const docs = answer.documents || {};
  // one box per place: codes that point at the same place share it, a review item gets its own (dashed) box
  const marks = {}; // "doc/page" -> Map(place -> {box, codes[], review, labels[]})
  const add = (ev, kind, code, label) => {
    if (!hasBox(ev.box) || !ev.document || !ev.page) return;
    const page = (marks[`${ev.document}/${ev.page}`] ||= new Map());
    const b = ev.box;
    const place = `${kind}:${b.x},${b.y},${b.width},${b.height}`;
    const mark = page.get(place) || { key: place, box: b, codes: [], review: kind === 'review' ? code : undefined, labels: [] };
    if (kind === 'code' && !mark.codes.includes(code)) mark.codes.push(code);
    mark.labels.push(label);
    page.set(place, mark);
    placeOf.set(ev, `${ev.document}/${ev.page}/${place}`);
  };
  for (const code of answer.codes || []) {
    for (const ev of code.evidence || []) {
      add(ev, 'code', code.code, `Code ${code.code}: ${evidenceText(ev).what || code.title}`);
    }
  }
  (answer.review || []).forEach((r, i) => add(r, 'review', i, `To look at: ${evidenceText(r).what}`));

  let any = false;
  for (const name of PARTS) {
    const doc = docs[name];
    if (!doc) continue;
    for (const page of doc.pageImages || []) {
      any = true;
      const frame = el('div', { class: 'page-frame' });
      frame.append(el('img', { src: page.image, alt: `${DOC_LABEL[name]} page ${page.page} of ${doc.pages}`, loading: 'lazy',
        width: page.width, height: page.height }));
      for (const m of (marks[`${name}/${page.page}`] || new Map()).values()) {
        const b = m.box;
        const label = m.labels.join('; ');
        const box = el('button', { type: 'button', class: `ebox ${m.review !== undefined ? 'review' : ''}`,
          'data-codes': m.codes.length ? m.codes.join(' ') : null, 'aria-label': label, title: label });
        // boxes are in the page's own units; percentages scale them with the picture
        Object.assign(box.style, {
          left: `${100 * b.x / page.width}%`, top: `${100 * b.y / page.height}%`,
          width: `${100 * b.width / page.width}%`, height: `${100 * b.height / page.height}%`,
        });
        if (m.codes.length) box.append(el('span', { class: 'ebox-tag', text: m.codes.join(' · ') }));
        if (m.codes.length) box.addEventListener('focus', () => highlight(m.codes[0], false));
        box.addEventListener('click', () => {
          const target = m.codes.length ? $(`code-${m.codes[0]}`) : $(`review-${m.review}`);
          if (m.codes.length) highlight(m.codes[0], false);
          target?.scrollIntoView({ behavior: 'smooth', block: 'center' });
          target?.classList.add('flash');
          setTimeout(() => target?.classList.remove('flash'), 1600);
        });
        boxAt.set(`${name}/${page.page}/${m.key}`, box);
        frame.append(box);
      }
      view.append(el('figure', { class: 'page' }, frame,
        el('figcaption', { text: `${DOC_LABEL[name]} · page ${page.page} of ${doc.pages} · ${sourceText(page.source || doc.source)}` })));
    }
  }
  if (!any) view.append(el('p', { class: 'empty', text: 'No document pages to show.' }));
}

function sourceText(source) {
  return { OCR: 'read by OCR', TEXT_LAYER: 'text layer', ACROFORM: 'form fields' }[source] || (source || '').toLowerCase();
}

// ---------- fields ----------

const NAMES = { btn: 'BTN', pin: 'PIN', zip: 'ZIP', ssnLast4: 'SSN last 4', line1: 'Street', line2: 'Unit / Apt / Suite' };
const ACRONYMS = /\b(btn|pin|zip|loa|ssn|dsl)\b/g;

function humanise(name) {
  if (NAMES[name]) return NAMES[name];
  const m = name.match(/^numbersToPort\[(\d+)\]$/);
  if (m) return `Number to port ${Number(m[1]) + 1}`;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([a-z])(\d)/g, '$1 $2').replace(/_/g, ' ')
    .toLowerCase().replace(ACRONYMS, a => a.toUpperCase());
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function stateBadge(state, confidence) {
  if (state === 'UNREADABLE') return el('span', { class: 'badge warn', text: 'check by eye' });
  if (state === 'BLANK') return el('span', { class: 'badge muted', text: 'blank' });
  if (confidence !== undefined && confidence < CHECK_BY_EYE_BELOW) return el('span', { class: 'badge warn', text: 'check by eye' });
  return el('span', { class: 'badge ok', text: 'read' });
}

function table(caption, head, rows) {
  return el('table', {},
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, head.map(h => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows.map(r => el('tr', {}, r.map((c, i) => i === 0 ? el('th', { scope: 'row' }, c) : el('td', {}, c))))));
}

function renderFields(documents) {
  const out = $('fields');
  out.replaceChildren();
  for (const name of PARTS) {
    const doc = documents[name];
    if (!doc) continue;
    const facts = [`${doc.pages} ${doc.pages === 1 ? 'page' : 'pages'}`, sourceText(doc.source)];
    if (doc.profile) facts.push(`form ${doc.profile}`);
    if (doc.carrier) facts.push(`carrier ${doc.carrier}`);
    if (doc.legible !== undefined) facts.push(doc.legible ? 'legible' : 'not legible');
    if (doc.confidence !== undefined) facts.push(`OCR confidence ${Math.round(100 * doc.confidence)} %`);
    const section = el('details', { class: 'doc-fields', open: true },
      el('summary', {}, el('strong', { text: name === 'loa' ? 'Letter of Agreement' : 'Phone bill' }), ` · ${facts.join(' · ')}`));
    const fields = Object.entries(doc.fields || {});
    if (fields.length) {
      section.append(table('Fields', ['Field', 'Value', 'State', 'Confidence', 'Page'], fields.map(([k, f]) => [
        humanise(k), f.value ?? '—', stateBadge(f.state, f.confidence),
        f.state === 'BLANK' ? '' : `${Math.round(100 * (f.confidence || 0))} %`, f.page ? String(f.page) : ''])));
    }
    if (doc.blocks?.length) {
      section.append(table('Signatures and initials', ['Block', 'Kind', 'State', 'Page'], doc.blocks.map(b => [
        humanise(b.name), b.kind.toLowerCase(), el('span', { class: `badge ${blockClass(b.state)}`, text: b.state.toLowerCase().replace(/_/g, ' ') }),
        b.page ? String(b.page) : ''])));
    }
    if (doc.lines) {
      section.append(doc.lines.length
        ? table('Phone lines on the bill', ['Number', 'As printed', 'Page'], doc.lines.map(l => [l.number, l.printed, String(l.page)]))
        : el('p', { class: 'hint', text: 'No phone line found on the bill.' }));
    }
    if (doc.features?.length) {
      section.append(table('Line features', ['Feature', 'Matched text', 'Page'], doc.features.map(f => [humanise(f.kind.toLowerCase()), f.matched, String(f.page)])));
    }
    out.append(section);
  }
  if (!out.children.length) out.append(el('p', { class: 'empty', text: 'No document was sent.' }));
}

function blockClass(state) {
  if (state === 'HAND_SIGNED') return 'ok';
  if (state === 'EMPTY' || state === 'ILLEGIBLE') return 'bad';
  return 'warn';
}

// ---------- email ----------

$('copy-email').addEventListener('click', async () => {
  const text = $('email').value;
  const status = $('copy-status');
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    const area = $('email');
    area.focus();
    area.select();
    status.textContent = document.execCommand('copy') ? 'Copied.' : 'Select the text and copy it with Ctrl+C.';
  }
});

$('asOf').value = today();
