import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/model/own.ts
function ownValue(table, key) {
  return Object.hasOwn(table, key) ? table[key] : void 0;
}

export {
  ownValue
};
