// Bundle the card into the integration: `node build.mjs` writes it, `--check` fails when the
// committed bundle differs from a fresh build. The build is deterministic: pinned esbuild,
// no source maps, no timestamps, no absolute paths.
import { build } from "esbuild";
import { readFile, mkdir, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outfile = resolve(here, "../custom_components/backcare/frontend/backcare-card.js");
const check = process.argv.includes("--check");

const result = await build({
  absWorkingDir: here,
  entryPoints: ["src/backcare-card.ts"],
  bundle: true,
  format: "esm",
  target: "es2021",
  minify: true,
  legalComments: "eof",
  charset: "utf8",
  write: false,
  outfile,
  logLevel: "warning",
});
const fresh = result.outputFiles[0].contents;
const shown = relative(process.cwd(), outfile);

if (check) {
  let committed;
  try {
    committed = await readFile(outfile);
  } catch {
    committed = undefined;
  }
  if (!committed || Buffer.compare(Buffer.from(fresh), committed) !== 0) {
    console.error(
      `${shown} differs from a fresh build of frontend/: run \`npm --prefix frontend run build\` and commit it.`,
    );
    process.exit(1);
  }
  console.log(`${shown} is up to date (${fresh.length} bytes).`);
} else {
  await mkdir(dirname(outfile), { recursive: true });
  await writeFile(outfile, fresh);
  console.log(`wrote ${shown} (${fresh.length} bytes)`);
}
