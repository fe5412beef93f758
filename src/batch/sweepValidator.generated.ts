// @ts-nocheck
// Generated from src/batch/sweep.schema.json by `npm run build:validators` (scripts/validators.ts). Do not edit.
const validate = validate10;
var stdin_default = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://handover.example/sweep.schema.json", "title": "Handover sweep", "description": "A batch of runs for `handover sweep`: a base scenario, the parameters to vary, and how many replications of each design point. Replication r of every design point runs with seed + r (the browser's and calibrate's scheme), so how the work is split never changes a result.", "type": "object", "additionalProperties": false, "required": ["scenario", "parameters", "replications"], "properties": { "$schema": { "type": "string", "description": "Path to this schema, for editors." }, "name": { "type": "string", "minLength": 1, "maxLength": 200, "description": "A short name for the sweep, copied into manifest.json." }, "description": { "type": "string", "description": "What the sweep is for." }, "scenario": { "type": "string", "minLength": 1, "description": 'The base scenario: a path relative to this sweep file ("../default.json") or a preset name ("default").' }, "design": { "enum": ["grid", "latinHypercube"], "description": `grid (default): every combination of the parameters' values (each parameter gives "values" or "from"/"to"/"steps"). latinHypercube: "points" design points spread over each parameter's "min"–"max" range, one in each of "points" equal strata per parameter.` }, "points": { "type": "integer", "minimum": 1, "maximum": 1e4, "description": "Number of design points of a latinHypercube design. Unit: points." }, "parameters": { "type": "object", "description": `The parameters to vary, by their dotted scenario path (e.g. "agency.premium"), each with its values or range. Empty ({}) runs the scenario as it is: one design point, e.g. to reproduce the browser's replications.`, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "values": { "type": "array", "minItems": 1, "maxItems": 1e3, "items": { "type": ["number", "boolean", "string"] }, "description": "The values to try, in this order (grid design)." }, "from": { "type": "number", "description": "First value of an evenly spaced range (grid design)." }, "to": { "type": "number", "description": "Last value of an evenly spaced range (grid design)." }, "steps": { "type": "integer", "minimum": 2, "maximum": 1e3, "description": 'Number of values from "from" to "to", both included (grid design).' }, "min": { "type": "number", "description": "Lower end of the range (latinHypercube design)." }, "max": { "type": "number", "description": "Upper end of the range (latinHypercube design)." } } } }, "replications": { "type": "integer", "minimum": 1, "maximum": 1e5, "description": "Runs of each design point, each with its own seed. Unit: runs." }, "seed": { "type": "integer", "minimum": 0, "maximum": 4294967295, "description": "Base seed of the sweep (default: the scenario's run.seed). Replication r of every design point runs with seed + r (modulo 2^32), as in the browser and handover calibrate, so design points share their seeds (common random numbers)." }, "years": { "type": "integer", "minimum": 1, "maximum": 20, "description": "Overrides the scenario's run.years for every run. Unit: years." }, "warmupWeeks": { "type": "integer", "minimum": 0, "maximum": 1040, "description": "Overrides the scenario's run.warmupWeeks for every run. Unit: weeks." } } };
const func2 = Object.prototype.hasOwnProperty;
const func3 = (function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 64512) === 56320)
        pos++;
    }
  }
  return length;
});
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.scenario === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "scenario" }, message: "must have required property 'scenario'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.parameters === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parameters" }, message: "must have required property 'parameters'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.replications === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "replications" }, message: "must have required property 'replications'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func3(data1) > 200) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func3(data1) < 1) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err8 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.scenario !== void 0) {
      let data3 = data.scenario;
      if (typeof data3 === "string") {
        if (func3(data3) < 1) {
          const err9 = { instancePath: instancePath + "/scenario", schemaPath: "#/properties/scenario/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/scenario", schemaPath: "#/properties/scenario/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.design !== void 0) {
      let data4 = data.design;
      if (!(data4 === "grid" || data4 === "latinHypercube")) {
        const err11 = { instancePath: instancePath + "/design", schemaPath: "#/properties/design/enum", keyword: "enum", params: { allowedValues: schema11.properties.design.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.points !== void 0) {
      let data5 = data.points;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
        const err12 = { instancePath: instancePath + "/points", schemaPath: "#/properties/points/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data5 == "number") {
        if (data5 > 1e4 || isNaN(data5)) {
          const err13 = { instancePath: instancePath + "/points", schemaPath: "#/properties/points/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data5 < 1 || isNaN(data5)) {
          const err14 = { instancePath: instancePath + "/points", schemaPath: "#/properties/points/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.parameters !== void 0) {
      let data6 = data.parameters;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          let data7 = data6[key1];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key2 in data7) {
              if (!(key2 === "values" || key2 === "from" || key2 === "to" || key2 === "steps" || key2 === "min" || key2 === "max")) {
                const err15 = { instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameters/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data7.values !== void 0) {
              let data8 = data7.values;
              if (Array.isArray(data8)) {
                if (data8.length > 1e3) {
                  const err16 = { instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/values", schemaPath: "#/properties/parameters/additionalProperties/properties/values/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (data8.length < 1) {
                  const err17 = { instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/values", schemaPath: "#/properties/parameters/additionalProperties/properties/values/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                const len0 = data8.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data9 = data8[i0];
                  if (!(typeof data9 == "number") && typeof data9 !== "boolean" && typeof data9 !== "string") {
                    const err18 = { instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/values/" + i0, schemaPath: "#/properties/parameters/additionalProperties/properties/values/items/type", keyword: "type", params: { type: schema11.properties.parameters.additionalProperties.properties.values.items.type }, message: "must be number,boolean,string" };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
              } else {
                const err19 = { instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/values", schemaPath: "#/properties/parameters/additionalProperties/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data7.from !== void 0) {
              if (!(typeof data7.from == "number")) {
                const err20 = { instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/from", schemaPath: "#/properties/parameters/additionalProperties/properties/from/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data7.to !== void 0) {
              if (!(typeof data7.to == "number")) {
                const err21 = { instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/to", schemaPath: "#/properties/parameters/additionalProperties/properties/to/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data7.steps !== void 0) {
              let data12 = data7.steps;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)))) {
                const err22 = { instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/steps", schemaPath: "#/properties/parameters/additionalProperties/properties/steps/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              if (typeof data12 == "number") {
                if (data12 > 1e3 || isNaN(data12)) {
                  const err23 = { instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/steps", schemaPath: "#/properties/parameters/additionalProperties/properties/steps/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000" };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                if (data12 < 2 || isNaN(data12)) {
                  const err24 = { instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/steps", schemaPath: "#/properties/parameters/additionalProperties/properties/steps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
            }
            if (data7.min !== void 0) {
              if (!(typeof data7.min == "number")) {
                const err25 = { instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/parameters/additionalProperties/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data7.max !== void 0) {
              if (!(typeof data7.max == "number")) {
                const err26 = { instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/properties/parameters/additionalProperties/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/parameters/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/parameters/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.replications !== void 0) {
      let data15 = data.replications;
      if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)))) {
        const err29 = { instancePath: instancePath + "/replications", schemaPath: "#/properties/replications/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (typeof data15 == "number") {
        if (data15 > 1e5 || isNaN(data15)) {
          const err30 = { instancePath: instancePath + "/replications", schemaPath: "#/properties/replications/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data15 < 1 || isNaN(data15)) {
          const err31 = { instancePath: instancePath + "/replications", schemaPath: "#/properties/replications/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
    }
    if (data.seed !== void 0) {
      let data16 = data.seed;
      if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)))) {
        const err32 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (typeof data16 == "number") {
        if (data16 > 4294967295 || isNaN(data16)) {
          const err33 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data16 < 0 || isNaN(data16)) {
          const err34 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
    }
    if (data.years !== void 0) {
      let data17 = data.years;
      if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)))) {
        const err35 = { instancePath: instancePath + "/years", schemaPath: "#/properties/years/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (typeof data17 == "number") {
        if (data17 > 20 || isNaN(data17)) {
          const err36 = { instancePath: instancePath + "/years", schemaPath: "#/properties/years/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data17 < 1 || isNaN(data17)) {
          const err37 = { instancePath: instancePath + "/years", schemaPath: "#/properties/years/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
    }
    if (data.warmupWeeks !== void 0) {
      let data18 = data.warmupWeeks;
      if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)))) {
        const err38 = { instancePath: instancePath + "/warmupWeeks", schemaPath: "#/properties/warmupWeeks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      if (typeof data18 == "number") {
        if (data18 > 1040 || isNaN(data18)) {
          const err39 = { instancePath: instancePath + "/warmupWeeks", schemaPath: "#/properties/warmupWeeks/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1040 }, message: "must be <= 1040" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (data18 < 0 || isNaN(data18)) {
          const err40 = { instancePath: instancePath + "/warmupWeeks", schemaPath: "#/properties/warmupWeeks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      }
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
export {
  stdin_default as default,
  validate
};
