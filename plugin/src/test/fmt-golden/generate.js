// Writes the expected output of HashiCorp's formatter for every input of the fmt corpus.
//
// Usage (from a directory outside the repository, where the package is installed):
//   npm install @cdktf/hcl-tools@0.21.0
//   node /path/to/plugin/src/test/fmt-golden/generate.js /path/to/plugin/src/test/resources/fmt
//
// For each NAME.tf it writes NAME.tf.golden: format() of @cdktf/hcl-tools, which is
// hclwrite.Format compiled to WebAssembly, byte for byte.
const fs = require('fs');
const path = require('path');
const { format } = require(require.resolve('@cdktf/hcl-tools', { paths: [process.cwd()] }));

async function main() {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node generate.js CORPUS_DIR');
    process.exit(1);
  }
  const inputs = fs.readdirSync(dir).filter((n) => n.endsWith('.tf')).sort();
  for (const name of inputs) {
    const src = fs.readFileSync(path.join(dir, name), 'utf8');
    const out = await format(src);
    fs.writeFileSync(path.join(dir, name + '.golden'), out);
    console.log(name + '.golden');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
