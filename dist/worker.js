import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  modelUnit,
  readAhead,
  serveTasks,
  unitFiles
} from "./chunk-LIAPZAAK.js";
import "./chunk-L2F6KTDP.js";
import "./chunk-BZZFPEL7.js";
import "./chunk-NGI6IIAE.js";
import {
  openLocated
} from "./chunk-M3LJBZK5.js";
import "./chunk-KX7MGPW2.js";
import "./chunk-7FSMGYCW.js";
import "./chunk-QBMPB2OL.js";
import "./chunk-AOVIXODP.js";
import "./chunk-UH5JHJ2W.js";
import "./chunk-LDECL5TG.js";
import {
  withPlainValues
} from "./chunk-3BE36UM4.js";
import "./chunk-WFFRVG3Z.js";
import "./chunk-R3PD77ZX.js";
import "./chunk-X54H5DKA.js";
import "./chunk-67PM2TIG.js";
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
