import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  display
} from "./chunk-P4JAG5LX.js";

// src/model/endpoints.ts
function endpointKey(e) {
  if (e.kind === "function-url") return `url:${e.functionIds.join(",")}`;
  const method = e.method ? display(e.method).toUpperCase() : "";
  const path = e.path ? display(e.path) : "";
  return `${e.kind}:${e.apiId ?? ""}:${method} ${path}`;
}

export {
  endpointKey
};
