// Tries to read the file named on the command line and prints what it found.
const fs = require("fs");
try {
  console.log("LEAKED: " + fs.readFileSync(process.argv[2], "utf8"));
} catch (error) {
  console.log("blocked: " + error.message);
  process.exit(3);
}
