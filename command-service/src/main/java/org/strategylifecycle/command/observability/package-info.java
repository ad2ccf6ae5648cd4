/**
 * How command-service is operated: the request id that follows a command into its events and the
 * logs, the command meters behind /actuator/prometheus, and the event store's health (docs/operations.md).
 */
package org.strategylifecycle.command.observability;
