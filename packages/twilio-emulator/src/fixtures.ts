/**
 * Test fixtures built from the emulator's own rules and seed: realistic regulations, sample items
 * and the evaluation engine, so a consumer's unit tests use the same data the emulator serves.
 */
export { evaluateBundle } from "./rules/evaluate";
export { buildRegulations } from "./seed/regulations";
export { sampleBundleItems, type SampleItems } from "./seed/sample-values";
export { newSid, stableSid } from "./sid";
