// Builds the task pane and the demo page into ../wwwroot: content-hashed JS/CSS under /pane (served
// with a long cache), HTML pages that name them (served with no-cache), and a manifest listing which
// files the pane loads, for the size budget.
import * as esbuild from "esbuild";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const wwwroot = path.resolve(here, "../wwwroot");
const paneOut = path.join(wwwroot, "pane");
const demoOut = path.join(wwwroot, "demo");

await rm(paneOut, { recursive: true, force: true });
await rm(demoOut, { recursive: true, force: true });
await mkdir(paneOut, { recursive: true });
await mkdir(demoOut, { recursive: true });

const result = await esbuild.build({
  absWorkingDir: here,
  entryPoints: {
    taskpane: "src/main.ts",
    signin: "src/host/signInDialog.ts",
    demo: "src/demo/demo.ts",
    "taskpane-style": "src/styles/pane.css",
    "demo-style": "src/styles/demo.css",
  },
  bundle: true,
  splitting: true,
  format: "esm",
  target: ["es2022", "chrome110", "safari16", "firefox115"],
  minify: true,
  sourcemap: false,
  legalComments: "none",
  entryNames: "[name]-[hash]",
  chunkNames: "chunk-[hash]",
  outdir: paneOut,
  metafile: true,
  logLevel: "warning",
});

// The OnMessageSend handler: one script without imports and with a fixed name, because classic
// Outlook on Windows loads exactly the file the manifests name and cannot follow imports.
await esbuild.build({
  absWorkingDir: here,
  entryPoints: ["src/sendCheck/launchEvent.ts"],
  bundle: true,
  format: "iife",
  target: ["es2019"],
  minify: true,
  sourcemap: false,
  legalComments: "none",
  outfile: path.join(paneOut, "launchevent.js"),
  logLevel: "warning",
});
await writeFile(path.join(paneOut, "launchevent.html"), await readFile(path.join(here, "src/launchevent.html"), "utf8"));

const outputs = result.metafile.outputs;
const byEntry = (entry) => {
  const found = Object.entries(outputs).find(([, o]) => o.entryPoint === entry);
  if (!found) throw new Error(`No output for ${entry}`);
  return found[0];
};
const url = (file) => `/pane/${path.basename(file)}`;
const closure = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of outputs[file].imports) if (imported.kind !== "require-call") closure(imported.path, seen);
  return seen;
};

const paneJs = byEntry("src/main.ts");
const paneCss = byEntry("src/styles/pane.css");
const signinJs = byEntry("src/host/signInDialog.ts");
const demoJs = byEntry("src/demo/demo.ts");
const demoCss = byEntry("src/styles/demo.css");

const page = async (template, css, js, target) => {
  const html = (await readFile(path.join(here, template), "utf8")).replace("__CSS__", url(css)).replace("__JS__", url(js));
  await writeFile(target, html);
};
await page("src/taskpane.html", paneCss, paneJs, path.join(paneOut, "taskpane.html"));
await page("src/signin.html", paneCss, signinJs, path.join(paneOut, "signin.html"));
await page("src/demo/index.html", demoCss, demoJs, path.join(demoOut, "index.html"));

// Everything the pane can load: its entry, every chunk it imports (also lazily), its CSS.
const paneFiles = [...closure(paneJs), paneCss].map((f) => path.basename(f)).sort();
await writeFile(path.join(paneOut, "build-manifest.json"), JSON.stringify({ paneFiles, demoFiles: [path.basename(demoJs), path.basename(demoCss)] }, null, 2));
console.log(`pane: ${paneFiles.join(", ")}`);
