// Opens a connection to the loopback port named on the command line and prints the reply.
const net = require("net");
const conn = net.connect(Number(process.argv[2]), "127.0.0.1", () => conn.write("hello\n"));
conn.on("data", (data) => { console.log("CONNECTED: " + data); conn.end(); });
conn.on("error", (error) => { console.log("blocked: " + error.message); process.exit(3); });
