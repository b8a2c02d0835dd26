"""The step-4 collection's test script, run on every response: the whole-run rules no-5xx, auth-json,
no-password-in-bodies and cookie-flags, judged as checkers/bookstore/step4_leaks.py and step4_manners.py do."""

from __future__ import annotations

HASH = (r"/\$(?:2[abxy]?|argon2(?:id|i|d)|[0-9]|y|gy|7|sha1|md5|pbkdf2(?:-sha\d+)?|scrypt|sha\d+)\$"
        r"[^\s\"'$]*\$?[./A-Za-z0-9+=,$-]{8,}|\b(?:pbkdf2:sha\d+:\d+|scrypt:\d+:\d+:\d+)\$|"
        r"\b(?:pbkdf2_sha\d+|argon2|bcrypt(?:_sha256)?|sha1|md5)\$[^\s\"']{8,}/")
SECRET_KEY = (r"/^(?:hashed|encrypted|crypted|plain|raw|user|current|new)?(?:password|passwd|pwd|pass|pw)"
              r"(?:hash|hashed|digest|salt|crypt|encrypted)?$/")
MASK = r"/^[*•xX#.\-\s]*$|^\[?(?:hidden|redacted|secret|filtered|protected)\]?$/i"
EVERY_RESPONSE = """
const code = pm.response.code, path = pm.request.url.getPath(), where = `${pm.request.method} ${path}`;
pm.test(`no-5xx: ${where} answered below 500`, () => {
  if (code >= 500) throw new Error(`${where} answered ${code}: the server crashed on this input; answer 4xx instead`);
});
function secretField(value, at) {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = secretField(value[index], `${at}[${index}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const inside = at ? `${at}.${key}` : key;
      const revealing = typeof item === 'number' || (typeof item === 'string' && !MASK.test(item));
      if (SECRET_KEY.test(key.toLowerCase().replace(/[^a-z]/g, '')) && revealing) return inside;
      const found = secretField(item, inside);
      if (found) return found;
    }
  } else if (typeof value === 'string' && value.split('.').length === 3) {
    try { return secretField(jwtRead(value).claims, `${at} (the JWT's claims)`); } catch (e) { return null; }
  }
  return null;
}
pm.test(`no-password-in-bodies: ${where} holds no password, no password hash and no password field`, () => {
  const text = pm.response.text() || '';
  const passwords = getList('passwords').concat([given('adminPassword')]).filter((candidate) => candidate);
  const password = passwords.find((candidate) => text.includes(candidate));
  if (password) throw new Error(`${where} answered with the password ${password} that was signed up with`);
  const field = code >= 200 && code < 300 ? secretField(body(), '') : null;
  if (field) throw new Error(`${where} answered with a field named ${field} that holds a password or its hash`);
  const hash = text.match(HASH);
  if (hash) throw new Error(`${where} answered with a password hash (${hash[0].slice(0, 12)}...)`);
});
const readable = (value) => typeof value === 'string' && value.trim() !== '';
function hasReadableMessage(answer) {
  if (!answer || typeof answer !== 'object' || Array.isArray(answer)) return false;
  const type = (pm.response.headers.get('Content-Type') || '').split(';')[0].trim().toLowerCase();
  return ['error', 'message', 'detail'].some((key) => readable(answer[key])
    || (answer[key] && typeof answer[key] === 'object' && readable(answer[key].message))
    || (Array.isArray(answer[key]) && answer[key].length > 0
        && answer[key].every((item) => item && typeof item === 'object' && readable(item.msg))))
    || (type === 'application/problem+json' && readable(answer.title));
}
if ([400, 401, 403, 409, 422].includes(code)) {
  pm.test(`auth-json: the ${code} of ${where} is a JSON object with a message`, () => {
    if (!hasReadableMessage(body())) throw new Error(`${where} answered ${code} without a JSON object holding a `
      + 'message under error, message or detail');
  });
} else if (code >= 200 && code < 300 && path.startsWith('/auth') && (pm.response.text() || '').trim()) {
  pm.test(`auth-json: ${where} says Content-Type application/json`, () => {
    const type = (pm.response.headers.get('Content-Type') || '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') throw new Error(`${where} answered with Content-Type ${type || 'missing'}`);
  });
}
const tokenLike = (name, value) => path.startsWith('/auth') || /token|jwt|session|auth|refresh|access/i.test(name)
  || value.split('.').length === 3;
for (const cookie of pm.response.headers.all().filter((h) => h.key.toLowerCase() === 'set-cookie')) {
  const [name, value] = cookie.value.split(';')[0].split('=').map((part) => (part || '').trim());
  if (!tokenLike(name, value || '')) continue;
  pm.test(`cookie-flags: the cookie ${name} set by ${where} is HttpOnly and SameSite`, () => {
    const flags = cookie.value.split(';').slice(1).map((part) => part.split('=')[0].trim().toLowerCase());
    const missing = ['HttpOnly', 'SameSite'].filter((flag) => !flags.includes(flag.toLowerCase()));
    if (missing.length) throw new Error(`the cookie ${name} is set without ${missing.join(' and ')}`);
  });
}
""".replace("SECRET_KEY.test", SECRET_KEY + ".test").replace("MASK.test", MASK + ".test").replace("match(HASH)",
                                                                                              f"match({HASH})")
