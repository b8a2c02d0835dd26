// Breaks every error-* outcome and corrupt-file: error messages go to stdout (console.log), stderr stays empty.
"use strict";
const impl = require("./tasks-node.js");

console.error = (...parts) => console.log(...parts);

process.exitCode = impl.main(process.argv.slice(2));
