/**
 * The OpenAPI description both services publish as their contract (docs/api): shared components
 * (problem details, the request id), refusals grouped by status, and a guard against schema names
 * that two classes share.
 */
package org.strategylifecycle.support.openapi;
