/**
 * Types every concept shares: the change envelope, provenance, statuses and error codes.
 */
package org.strategylifecycle.api.common;
