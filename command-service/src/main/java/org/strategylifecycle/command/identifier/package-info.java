/**
 * External identifiers: the identifier an element carries in the document it came from.
 * {@code IdentifierController} takes them over HTTP; {@code Identifiers}, a member of the
 * {@code StrategyEdition} aggregate, decides them.
 */
package org.strategylifecycle.command.identifier;
