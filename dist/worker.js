import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  openLocated
} from "./chunk-6TBMTLYZ.js";
import "./chunk-7FSMGYCW.js";
import {
  modelUnit,
  readAhead,
  serveTasks,
  unitFiles
} from "./chunk-5V6WI3H7.js";
import "./chunk-MM3C3OMM.js";
import "./chunk-HQPYLZCU.js";
import "./chunk-BZZFPEL7.js";
import "./chunk-MEU754OL.js";
import "./chunk-ASRXOMV4.js";
import "./chunk-OWVNLR5N.js";
import "./chunk-HQKPQTWQ.js";
import "./chunk-X54H5DKA.js";
import "./chunk-GH4QJ2HJ.js";

// src/iac/parallel/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var setup = workerData;
var source = openLocated(setup.locator);
async function modelTask(units) {
  const read = readAhead(source, units.flatMap(unitFiles));
  const results = [];
  for (const unit of units) results.push(await modelUnit(source, read, unit, setup.files));
  return results;
}
if (parentPort) serveTasks(parentPort, modelTask);
