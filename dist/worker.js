import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  modelUnit,
  readAhead,
  serveTasks,
  unitFiles
} from "./chunk-3VB4PFGO.js";
import "./chunk-HQPYLZCU.js";
import "./chunk-BZZFPEL7.js";
import "./chunk-2P6MGPOA.js";
import {
  openLocated
} from "./chunk-GNU766X6.js";
import "./chunk-GYBPZ7IP.js";
import "./chunk-O6OI2NKE.js";
import {
  withPlainValues
} from "./chunk-SIZXMGP2.js";
import "./chunk-T3AI26S7.js";
import "./chunk-KX7MGPW2.js";
import "./chunk-7FSMGYCW.js";
import "./chunk-SVN3ZMTH.js";
import "./chunk-OWEVDG2I.js";
import "./chunk-R3PD77ZX.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";

// src/iac/parallel/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var setup = workerData;
var source = openLocated(setup.locator);
async function modelTask(units) {
  const read = readAhead(source, units.flatMap(unitFiles));
  const results = [];
  for (const unit of units)
    results.push(withPlainValues(await modelUnit(source, read, unit, setup.files)));
  return results;
}
if (parentPort) serveTasks(parentPort, modelTask);
