// Converts each HCL file named on the command line to JSON with HashiCorp's HCL parser
// (@cdktf/hcl2json, HCL compiled to WebAssembly) and writes <file>.golden.json beside it.
const { parse } = require("@cdktf/hcl2json");
const fs = require("fs");

(async () => {
  for (const file of process.argv.slice(2)) {
    const name = file.split("/").pop();
    const json = await parse(name, fs.readFileSync(file, "utf8"));
    fs.writeFileSync(file + ".golden.json", JSON.stringify(json, null, 2) + "\n");
    console.log("wrote " + file + ".golden.json");
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
