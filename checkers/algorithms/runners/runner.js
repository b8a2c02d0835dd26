'use strict';
// Runs inside the sandbox: loads solutions.js, calls one function on every test of job.json, one JSON line each.
const fs = require('fs');
const path = require('path');

const job = JSON.parse(fs.readFileSync('job.json', 'utf8'));
const out = fs.openSync('results.jsonl', 'w');
const emit = (record) => fs.writeSync(out, JSON.stringify(record) + '\n');
const shortError = (e) => String((e && e.stack) || e).split('\n').slice(0, 6).join('\n');

class TreeNode {
  constructor(val = 0, left = null, right = null) {
    this.val = val;
    this.left = left;
    this.right = right;
  }
}

function findFunction(mod, name) {
  if (mod && typeof mod[name] === 'function') return mod[name];
  // Not exported: look for a top-level declaration of that name (the file runs a second time for this).
  const source = fs.readFileSync('solutions.js', 'utf8');
  const probe = new Function('module', 'exports', 'require',
    source + `\n;return typeof ${name} === 'function' ? ${name} : undefined;`);
  const scratch = { exports: {} };
  return probe(scratch, scratch.exports, require);
}

function buildTree(values, NodeClass) {
  if (!values || values.length === 0 || values[0] === null) return null;
  const make = (value) => {
    const node = new NodeClass(value);
    node.left = null;
    node.right = null;
    return node;
  };
  const root = make(values[0]);
  const waiting = [root];
  let head = 0;
  let index = 1;
  while (head < waiting.length && index < values.length) {
    const node = waiting[head++];
    for (const side of ['left', 'right']) {
      if (index < values.length && values[index] !== null) {
        const child = make(values[index]);
        node[side] = child;
        waiting.push(child);
      }
      index++;
    }
  }
  return root;
}

function main() {
  let mod;
  let fn;
  try {
    mod = require(path.resolve('solutions.js'));
    fn = findFunction(mod, job.function);
  } catch (e) {
    emit({ load_error: shortError(e) });
    return;
  }
  if (typeof fn !== 'function') {
    emit({ missing: true });
    return;
  }
  const NodeClass = mod && typeof mod.TreeNode === 'function' ? mod.TreeNode : TreeNode;
  for (const raw of job.tests) {
    const args = raw.map((a, i) => (job.tree_args.includes(i) ? buildTree(a, NodeClass) : a));
    let result;
    try {
      result = fn(...args);
    } catch (e) {
      emit({ error: shortError(e) });
      continue;
    }
    if (result === undefined) emit({ ok: null, undefined: true });
    else {
      try {
        emit({ ok: result });
      } catch (e) {
        emit({ unjsonable: String(e.message || e) });
      }
    }
  }
}

main();
process.exit(0);
