import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  modelUnit,
  readAhead,
  serveTasks,
  unitFiles
} from "./chunk-3WEDGVE5.js";
import "./chunk-ZBLJTQBM.js";
import "./chunk-BZZFPEL7.js";
import "./chunk-BR7PZRYD.js";
import {
  openLocated
} from "./chunk-TOJCQWTX.js";
import "./chunk-KX7MGPW2.js";
import "./chunk-7FSMGYCW.js";
import "./chunk-SSFE73ML.js";
import "./chunk-KVYDHHJU.js";
import "./chunk-WLV54ML5.js";
import "./chunk-UEE2SDQD.js";
import {
  withPlainValues
} from "./chunk-P4JAG5LX.js";
import "./chunk-KAT2RU3A.js";
import "./chunk-BGWANNZY.js";
import "./chunk-ZVCLYLCS.js";
import "./chunk-X54H5DKA.js";
import "./chunk-G4PDCYJP.js";
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
