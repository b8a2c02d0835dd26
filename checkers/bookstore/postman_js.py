"""The JavaScript helpers the exported Postman scripts share; each script carries only the helpers it calls."""

from __future__ import annotations

import re

# Postman runs every script on its own, so a helper cannot be shared: it is copied into each script that calls it.
HELPERS: dict[str, str] = {
    "get": "function get(name) { return pm.collectionVariables.get(name); }",
    "set": "function set(name, value) { pm.collectionVariables.set(name, value); }",
    "given": "function given(name) { return pm.variables.get(name); }",
    "getList": "function getList(name) { return JSON.parse(get(name) || '[]'); }",
    "push": "function push(name, value) { const list = getList(name); list.push(value); "
            "set(name, JSON.stringify(list)); return list; }",
    "body": "function body() { try { return pm.response.json(); } catch (e) { return undefined; } }",
    "said": "function said() { return `${pm.request.method} ${pm.request.url.getPath()} answered "
            "${pm.response.code}`; }",
    "sent": "function sent() { return JSON.parse(pm.variables.replaceIn(pm.request.body.raw)); }",
    "check": """function check(slug, rule, test) {
  if (get('skipRest') === slug) return;
  pm.test(`${slug}: ${rule}`, () => {
    try { test(); } catch (error) { set('skipRest', slug); throw error; }
  });
}""",
    "expectStatus": """function expectStatus(slug, rule, allowed) {
  check(slug, rule, () => {
    if (!allowed.includes(pm.response.code)) throw new Error(`${said()}, expected ${allowed.join(' or ')}`);
  });
}""",
    "skipRest": """function skipRest(slug, reason) {
  if (get('skipRest') === slug) return;
  set('skipRest', slug);
  pm.test.skip(`${slug}: skipped: ${reason}`, () => {});
}""",
    "objectOf": """function objectOf() {
  const value = body();
  if (value === undefined) throw new Error(`${said()} with a body that is not JSON`);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${said()} with JSON that is not an object`);
  }
  return value;
}""",
    "bookOf": """function bookOf() {
  const book = objectOf();
  if (book.id === undefined || book.id === null || book.id === '') throw new Error('the book in the body has no id');
  return book;
}""",
    "differences": """function differences(sent, got) {
  const same = (a, b) => (typeof a === 'number' && typeof b === 'number') ? Math.abs(a - b) < 1e-9 : a === b;
  return ['title', 'author', 'genre', 'price', 'published_year', 'isbn']
    .filter((name) => name in sent && !same(sent[name], got[name]))
    .map((name) => name in got ? `${name}: sent ${JSON.stringify(sent[name])}, got ${JSON.stringify(got[name])}`
      : `${name}: sent ${JSON.stringify(sent[name])}, missing from the body`);
}""",
    "sameBook": """function sameBook(slug, rule, sentBook) {
  check(slug, rule, () => {
    const changed = differences(sentBook, bookOf());
    if (changed.length) throw new Error(`${said()}, but the book does not hold what was sent: ${changed.join('; ')}`);
  });
}""",
    "listOf": """function listOf(value) {
  if (Array.isArray(value)) return value;
  for (const key of ['items', 'data', 'books', 'results']) {
    if (value && Array.isArray(value[key])) return value[key];
  }
  throw new Error(`${said()} with a list that is neither a JSON array nor an object holding one under items, data, \
books or results`);
}""",
    "store": """function store(slug, name) {
  let id;
  check(slug, 'POST /books stores a valid book first', () => {
    if (![200, 201].includes(pm.response.code)) {
      throw new Error(`${said()} to a valid book, so this rule could not be checked: see crud-create`);
    }
    id = bookOf().id;
  });
  if (id === undefined) return undefined;
  set('stored', Number(get('stored') || 0) + 1);
  if (!get('exampleId')) set('exampleId', JSON.stringify(id));
  if (name) set(name, id);
  return id;
}""",
    "unknownId": """function unknownId(number) {
  const example = JSON.parse(get('exampleId') || 'null');
  const text = String(example), digits = String(number);
  if (typeof example === 'number' || /^\\d+$/.test(text) || !/^[0-9a-fA-F]+(-[0-9a-fA-F]+)*$/.test(text)) {
    return typeof example === 'number' ? number : digits;
  }
  const chars = [...text.replace(/[0-9a-fA-F]/g, '0')];
  const slots = chars.map((char, index) => char === '0' ? index : -1).filter((index) => index >= 0);
  if (slots.length < digits.length) return digits;
  slots.slice(-digits.length).forEach((slot, index) => { chars[slot] = digits[index]; });
  return chars.join('');
}""",
    "sendToken": """function sendToken(name) {
  const token = get(name);
  if (token) pm.request.headers.upsert({ key: 'Authorization', value: `Bearer ${token}` });
}""",
    "cryptoJs": "function cryptoJs() { return require('crypto-js'); }",
    "b64url": """function b64url(words) {
  return cryptoJs().enc.Base64.stringify(words).replace(/=+$/, '').replace(/\\+/g, '-').replace(/\\//g, '_');
}""",
    "segment": "function segment(value) { return b64url(cryptoJs().enc.Utf8.parse(JSON.stringify(value))); }",
    "jwtRead": """function jwtRead(token) {
  const parts = String(token).split('.');
  if (parts.length !== 3) throw new Error(`a JWT has three parts separated by dots; this one has ${parts.length}`);
  const decode = (part) => JSON.parse(cryptoJs().enc.Utf8.stringify(
    cryptoJs().enc.Base64.parse(part.replace(/-/g, '+').replace(/_/g, '/'))));
  return { header: decode(parts[0]), claims: decode(parts[1]), parts };
}""",
    "signHs256": """function signHs256(claims, secret) {
  const input = `${segment({ alg: 'HS256', typ: 'JWT' })}.${segment(claims)}`;
  return `${input}.${b64url(cryptoJs().HmacSHA256(input, secret))}`;
}""",
    "refusedForAuth": """function refusedForAuth(slug) {
  if (![401, 403].includes(pm.response.code)) return false;
  if (get('credentialsMissing')) {
    skipRest(slug, `${said()}: your server asks for a token; set adminEmail and adminPassword so the collection `
      + 'can log in');
    return true;
  }
  check(slug, 'writes with the admin token are accepted', () => {
    throw new Error(get('writeToken') ? `${said()} although the request carried the admin's token from POST /auth/login`
      : `${said()}, and there was no token to send: ${get('noTokenWhy')}`);
  });
  return true;
}""",
    "counted": "function counted(change) { set('stored', Number(get('stored') || 0) + change); }",
    "refused": """function refused(slug, what) {
  check(slug, `POST /books with ${what} is refused with 400 or 422`, () => {
    const code = pm.response.code;
    if (code !== 400 && code !== 422) {
      const kept = [200, 201].includes(code) ? ' and stored the book' : '';
      throw new Error(`POST /books with ${what} answered ${code}${kept}`);
    }
  });
}""",
    "accepted": """function accepted(slug, what) {
  check(slug, `POST /books with ${what} is stored`, () => {
    if (![200, 201].includes(pm.response.code)) {
      throw new Error(`POST /books with ${what} answered ${pm.response.code}, but that book is valid`);
    }
  });
  if ([200, 201].includes(pm.response.code)) counted(1);
}""",
    "listed": """function listed(slug) {
  expectStatus(slug, 'GET /books answers 200 with a page of books', [200]);
  let ids = [];
  check(slug, 'every listed book is an object with an id', () => {
    const books = listOf(body());
    if (!books.every((book) => book && typeof book === 'object' && 'id' in book)) {
      throw new Error('an entry of the list is not a book object with an id');
    }
    ids = books.map((book) => String(book.id));
  });
  return ids;
}""",
    "exactly": """function exactly(slug, rule, names) {
  const ids = listed(slug);
  check(slug, rule, () => {
    const wanted = names.map((name) => String(get(name)));
    const missing = wanted.filter((id) => !ids.includes(id));
    const unexpected = ids.filter((id) => !wanted.includes(id));
    if (missing.length || unexpected.length) {
      throw new Error(`${said()} with ${ids.length} books, expected ${wanted.length}`
        + (missing.length ? `; missing ids ${missing.join(', ')}` : '')
        + (unexpected.length ? `; should not be there: ids ${unexpected.slice(0, 3).join(', ')}` : ''));
    }
  });
}""",
    "page": """function page(slug, number, size, limit) {
  const ids = listed(slug);
  check(slug, `page ${number} of 25 books in pages of ${limit} has ${size}, none repeated or of another genre`, () => {
    if (ids.length !== size) throw new Error(`page ${number} listed ${ids.length} books, expected ${size}`);
    const seen = getList('pagerSeen'), created = getList('pagerIds');
    const repeated = ids.filter((id) => seen.includes(id)), strangers = ids.filter((id) => !created.includes(id));
    if (repeated.length) {
      throw new Error(`page ${number} repeats books from earlier pages (ids ${repeated.join(', ')})`);
    }
    if (strangers.length) throw new Error(`page ${number} lists books of another genre (ids ${strangers.join(', ')})`);
    set('pagerSeen', JSON.stringify([...seen, ...ids]));
  });
}""",
    "hasMessage": """function hasMessage(slug, what) {
  check(slug, `${what} is a JSON object with a message`, () => {
    const value = body();
    if (value === undefined) throw new Error(`${what}: the body is not JSON`);
    const text = (v) => typeof v === 'string' && v.trim() !== '';
    const problem = (pm.response.headers.get('Content-Type') || '').split(';')[0].trim().toLowerCase()
      === 'application/problem+json';
    const readable = value && typeof value === 'object' && !Array.isArray(value) && (
      ['error', 'message', 'detail'].some((key) => text(value[key]) || (value[key] && text(value[key].message))
        || (Array.isArray(value[key]) && value[key].length && value[key].every((item) => item && text(item.msg))))
      || (problem && text(value.title)));
    if (!readable) {
      throw new Error(`${what}: the body is JSON, but has no readable message under error, message, detail`);
    }
  });
}""",
}
_CALL = {name: re.compile(rf"(?<![\w.]){name}\(") for name in HELPERS}


def _needed(code: str) -> list[str]:
    """The helpers `code` calls, with the helpers those call, in the table's order."""
    wanted: set[str] = set()
    todo = [code]
    while todo:
        text = todo.pop()
        for name, call in _CALL.items():
            if name not in wanted and call.search(text):
                wanted.add(name)
                todo.append(HELPERS[name])
    return [name for name in HELPERS if name in wanted]


def script(code: str, slug: str = "") -> list[str]:
    """A Postman script's lines: the helpers it needs, then `code` in a function (so `return` ends it early)."""
    lines = [line for name in _needed(code) for line in HELPERS[name].splitlines()]
    head = [f"const SLUG = '{slug}';"] if slug else []
    return [*lines, "(() => {", *head, *(f"  {line}" if line else "" for line in code.strip().splitlines()), "})();"]
