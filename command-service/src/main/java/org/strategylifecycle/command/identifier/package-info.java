/**
 * External identifiers over HTTP: the identifier an element carries in the document it came from.
 */
package org.strategylifecycle.command.identifier;
