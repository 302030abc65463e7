import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  modelUnit,
  readAhead,
  serveTasks,
  unitFiles
} from "./chunk-IWQFIR3F.js";
import "./chunk-TTR3LQPL.js";
import "./chunk-BZZFPEL7.js";
import "./chunk-4XJWHK7E.js";
import {
  openLocated
} from "./chunk-KXWMOGZO.js";
import "./chunk-KX7MGPW2.js";
import "./chunk-7FSMGYCW.js";
import "./chunk-2KBNPC44.js";
import "./chunk-UIFE5ZDC.js";
import "./chunk-OBWPO6JM.js";
import "./chunk-33B35YNJ.js";
import {
  withPlainValues
} from "./chunk-WVV46Z42.js";
import "./chunk-WFFRVG3Z.js";
import "./chunk-2YYJP3CT.js";
import "./chunk-ZVCLYLCS.js";
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
