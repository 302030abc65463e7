import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  confinePath,
  resolveInRepo
} from "./chunk-BGWANNZY.js";
import {
  diagnostic
} from "./chunk-X54H5DKA.js";

// src/sources/links.ts
import { posix } from "node:path";
var MAX_LINK_HOPS = 40;
function walkLinks(path, links) {
  if (links.size === 0) return { path, through: [], reads: [] };
  const steps = linkSteps(path, (p) => links.has(p));
  let step = steps.next();
  while (!step.done) step = steps.next(links.get(step.value) ?? "");
  return step.value;
}
function* linkSteps(path, isLink) {
  const through = [];
  let current = path;
  for (let hops = 0; current !== void 0 && hops <= MAX_LINK_HOPS; hops++) {
    const link = firstLink(current, isLink);
    if (link === void 0) {
      const reads = current === path ? through : [...through, current];
      return { path: current, through, reads };
    }
    through.push(link);
    const written = yield link;
    const target = resolveInRepo(posix.dirname(link), written);
    current = target === void 0 ? void 0 : confinePath(target + current.slice(link.length));
    if (current === void 0) return { path: void 0, through, reads: through, dead: "outside" };
  }
  return { path: void 0, through, reads: through, dead: "loop" };
}
async function landingFile(path, tree) {
  const steps = linkSteps(path, tree.isLink);
  let written = "";
  let step = steps.next();
  while (!step.done) {
    written = await tree.target(step.value);
    step = steps.next(written);
  }
  const walk = step.value;
  if (walk.dead === "outside") {
    const why2 = `symbolic link to ${written}, outside the repository: not read`;
    return { diagnostic: diagnostic(path, why2, "outside-root") };
  }
  if (walk.dead === "loop") {
    const why2 = `symbolic links nested more than ${MAX_LINK_HOPS} deep (a loop?): not read`;
    return { diagnostic: diagnostic(path, why2, "broken-link") };
  }
  if (walk.path !== void 0 && tree.isFile(walk.path)) return { path: walk.path };
  if (walk.through.length === 0)
    return { diagnostic: diagnostic(path, `file not found in ${tree.label}`, "not-found") };
  const why = `symbolic link to ${written}, which is not a file of this commit: not read`;
  return { diagnostic: diagnostic(path, why, "broken-link") };
}
function firstLink(path, isLink) {
  for (let slash = path.indexOf("/"); slash > 0; slash = path.indexOf("/", slash + 1)) {
    const folder = path.slice(0, slash);
    if (isLink(folder)) return folder;
  }
  return isLink(path) ? path : void 0;
}

export {
  walkLinks,
  landingFile
};
