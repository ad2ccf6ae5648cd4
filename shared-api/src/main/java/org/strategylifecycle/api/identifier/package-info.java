/**
 * External identifiers: the identifier an element carries in the document it came from (a StratML
 * {@code Identifier}), kept so that references to it keep resolving (docs/adr/0020).
 */
package org.strategylifecycle.api.identifier;
