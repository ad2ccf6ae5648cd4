/**
 * StratML (ISO 17469) as both services read and write it: the schemas, a safe reader, the
 * metadata fields and element kinds of the mapping in docs/adr/0005.
 */
package org.strategylifecycle.stratml;
