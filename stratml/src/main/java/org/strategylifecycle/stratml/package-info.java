/**
 * StratML (ISO 17469) as both services read and write it: the schemas, a safe reader, the Java
 * types generated from the Part 2 schema at build time ({@code org.strategylifecycle.stratml.types},
 * in target/), and the metadata fields and element kinds of the mapping in docs/adr/0005.
 */
package org.strategylifecycle.stratml;
