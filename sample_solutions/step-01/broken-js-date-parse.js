// Breaks error-bad-date: checks dates with `new Date(text)`, which accepts 2026-02-30 (as March 2) and 12/01/2026.
"use strict";
const impl = require("./tasks-node.js");

impl.validDue = (text) => {
  if (Number.isNaN(new Date(text).getTime())) throw new impl.UserError(`'${text}' is not a date`);
  return text;
};

process.exitCode = impl.main(process.argv.slice(2));
