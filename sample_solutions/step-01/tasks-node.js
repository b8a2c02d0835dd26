// Reference task manager for step 1 (JavaScript): {"counter": N, "tasks": [...]}, string ids "t1", "t2", ...,
// and `status` "pending"/"done". Broken samples (broken-js-*.js) require this file and replace one function of `impl`.
"use strict";
const fs = require("fs");

const PRIORITIES = ["low", "medium", "high"];
const RANK = { high: 0, medium: 1, low: 2 };

class UserError extends Error {}

const impl = {
  path: () => process.env.TASKS_FILE || "tasks.json",

  load() {
    let text;
    try {
      text = fs.readFileSync(impl.path(), "utf8");
    } catch (err) {
      if (err.code === "ENOENT") return { counter: 0, tasks: [] };
      throw err;
    }
    let data;
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new UserError(`${impl.path()} is not valid JSON (${err.message}); fix or remove it`);
    }
    if (!data || !Array.isArray(data.tasks)) throw new UserError(`${impl.path()} should hold {"tasks": [...]}`);
    return data;
  },

  save(data) {
    const temporary = impl.path() + ".tmp";
    fs.writeFileSync(temporary, JSON.stringify(data, null, 2));
    fs.renameSync(temporary, impl.path());
  },

  nextId(data) {
    data.counter = (data.counter || 0) + 1;
    return `t${data.counter}`;
  },

  validTitle(text) {
    if (typeof text !== "string" || !text.trim()) throw new UserError("the title must not be empty");
    return text;
  },

  validDue(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const date = match && new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
    if (!match || date.getUTCMonth() !== +match[2] - 1 || date.getUTCDate() !== +match[3]) {
      throw new UserError(`'${text}' is not a date; use YYYY-MM-DD, e.g. 2026-12-01`);
    }
    return text;
  },

  validPriority(text) {
    if (!PRIORITIES.includes(text)) throw new UserError(`unknown priority '${text}'; use low, medium or high`);
    return text;
  },

  find(data, id) {
    const task = data.tasks.find((t) => t.id === id);
    if (!task) throw new UserError(`no task has the id '${id}'`);
    return task;
  },

  idNumber: (task) => Number(task.id.slice(1)),

  compare(order) {
    const byId = (a, b) => impl.idNumber(a) - impl.idNumber(b);
    if (order === "priority") return (a, b) => RANK[a.priority] - RANK[b.priority] || byId(a, b);
    if (order === "due") {
      return (a, b) => (a.due === null) - (b.due === null) || (a.due || "").localeCompare(b.due || "") || byId(a, b);
    }
    return byId;
  },

  show(task) {
    const mark = task.status === "done" ? "x" : " ";
    return `${task.id}\t[${mark}] ${task.title} (${task.priority})${task.due ? ` due ${task.due}` : ""}`;
  },

  commands: {
    add(args, options) {
      const data = impl.load();
      const task = {
        title: impl.validTitle(args[0]),
        due: options.due === undefined ? null : impl.validDue(options.due),
        priority: impl.validPriority(options.priority === undefined ? "medium" : options.priority),
        status: "pending",
      };
      const added = { id: impl.nextId(data), ...task };
      data.tasks.push(added);
      impl.save(data);
      console.log(`Added ${added.id}: ${added.title}`);
    },
    list(args, options) {
      if (options.sort !== undefined && !["due", "priority"].includes(options.sort)) {
        throw new UserError("--sort takes due or priority");
      }
      for (const task of [...impl.load().tasks].sort(impl.compare(options.sort))) console.log(impl.show(task));
    },
    done(args) {
      const data = impl.load();
      impl.find(data, args[0]).status = "done";
      impl.save(data);
    },
    update(args, options) {
      const data = impl.load();
      const task = impl.find(data, args[0]);
      const changes = {};
      if (options.title !== undefined) changes.title = impl.validTitle(options.title);
      if (options.due !== undefined) changes.due = impl.validDue(options.due);
      if (options.priority !== undefined) changes.priority = impl.validPriority(options.priority);
      Object.assign(task, changes);
      impl.save(data);
    },
    delete(args) {
      const data = impl.load();
      data.tasks.splice(data.tasks.indexOf(impl.find(data, args[0])), 1);
      impl.save(data);
    },
  },

  parse(argv) {
    const args = [];
    const options = {};
    for (let i = 0; i < argv.length; i++) {
      if (argv[i].startsWith("--")) {
        if (i + 1 >= argv.length) throw new UserError(`${argv[i]} needs a value`);
        options[argv[i].slice(2)] = argv[++i];
      } else {
        args.push(argv[i]);
      }
    }
    return { args, options };
  },

  main(argv) {
    const [command, ...rest] = argv;
    try {
      const run = Object.hasOwn(impl.commands, command || "") && impl.commands[command];
      if (!run) throw new UserError(`unknown command '${command || ""}'; use add, list, done, update or delete`);
      const { args, options } = impl.parse(rest);
      if (command !== "list" && args.length !== 1) throw new UserError(`${command} takes one ${command === "add" ? "title" : "id"}`);
      run(args, options);
      return 0;
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      console.error(`tasks: ${err.message}`);
      return 1;
    }
  },
};

impl.UserError = UserError;
module.exports = impl;

if (require.main === module) process.exitCode = impl.main(process.argv.slice(2));
