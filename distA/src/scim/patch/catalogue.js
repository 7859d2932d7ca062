"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mutabilityOf = exports.isMultiValuedComplex = exports.schemaUrns = exports.findSchema = exports.findAttribute = void 0;
exports.findCoreAttribute = findCoreAttribute;
const catalogue_1 = require("../filter/catalogue");
var catalogue_2 = require("../filter/catalogue");
Object.defineProperty(exports, "findAttribute", { enumerable: true, get: function () { return catalogue_2.findAttribute; } });
Object.defineProperty(exports, "findSchema", { enumerable: true, get: function () { return catalogue_2.findSchema; } });
Object.defineProperty(exports, "schemaUrns", { enumerable: true, get: function () { return catalogue_2.schemaUrns; } });
/** A top-level attribute of the core schema (whose catalogue includes `id`, `externalId`, `meta`, `schemas`). */
function findCoreAttribute(catalogue, name) {
    return (0, catalogue_1.findAttribute)(catalogue.core.attributes, name);
}
const isMultiValuedComplex = (attribute) => attribute.multiValued === true && attribute.type === 'complex';
exports.isMultiValuedComplex = isMultiValuedComplex;
const mutabilityOf = (attribute) => attribute.mutability ?? 'readWrite';
exports.mutabilityOf = mutabilityOf;
//# sourceMappingURL=catalogue.js.map