// Breaks "due: a YYYY-MM-DD string or null": it stores the date as `new Date(...).toISOString()`,
// e.g. "2026-12-01T00:00:00.000Z".
"use strict";
const impl = require("./tasks-node.js");

const checked = impl.validDue;
impl.validDue = (text) => new Date(`${checked(text)}T00:00:00Z`).toISOString();

process.exitCode = impl.main(process.argv.slice(2));
