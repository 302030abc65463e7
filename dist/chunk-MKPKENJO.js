import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  confinePath,
  resolveInRepo
} from "./chunk-R3PD77ZX.js";
import {
  diagnostic
} from "./chunk-X54H5DKA.js";

// src/sources/links.ts
import { posix } from "node:path";
var MAX_LINK_HOPS = 40;
function walkLinks(path, links) {
  const through = [];
  let current = path;
  for (let hops = 0; current !== void 0 && hops <= MAX_LINK_HOPS; hops++) {
    const link = firstLink(current, links);
    if (link === void 0) {
      const reads = current === path ? through : [...through, current];
      return { path: current, through, reads };
    }
    through.push(link);
    const target = resolveInRepo(posix.dirname(link), links.get(link) ?? "");
    current = target === void 0 ? void 0 : confinePath(target + current.slice(link.length));
    if (current === void 0) return { path: void 0, through, reads: through, dead: "outside" };
  }
  return { path: void 0, through, reads: through, dead: "loop" };
}
function landingFile(path, links, isFile, label) {
  const walk = walkLinks(path, links);
  const written = links.get(walk.through.at(-1) ?? "") ?? "";
  if (walk.dead === "outside") {
    const why2 = `symbolic link to ${written}, outside the repository: not read`;
    return { diagnostic: diagnostic(path, why2, "outside-root") };
  }
  if (walk.dead === "loop") {
    const why2 = `symbolic links nested more than ${MAX_LINK_HOPS} deep (a loop?): not read`;
    return { diagnostic: diagnostic(path, why2, "broken-link") };
  }
  if (walk.path !== void 0 && isFile(walk.path)) return { path: walk.path };
  if (walk.through.length === 0)
    return { diagnostic: diagnostic(path, `file not found in ${label}`, "not-found") };
  const why = `symbolic link to ${written}, which is not a file of this commit: not read`;
  return { diagnostic: diagnostic(path, why, "broken-link") };
}
function passesLink(path, isLink) {
  for (let slash = path.indexOf("/"); slash > 0; slash = path.indexOf("/", slash + 1))
    if (isLink(path.slice(0, slash))) return true;
  return isLink(path);
}
function firstLink(path, links) {
  if (links.size === 0) return void 0;
  for (let slash = path.indexOf("/"); slash > 0; slash = path.indexOf("/", slash + 1)) {
    const folder = path.slice(0, slash);
    if (links.has(folder)) return folder;
  }
  return links.has(path) ? path : void 0;
}

export {
  walkLinks,
  landingFile,
  passesLink
};
