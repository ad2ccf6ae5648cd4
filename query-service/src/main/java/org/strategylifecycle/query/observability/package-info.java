/**
 * How query-service is operated: the request id in its logs (HTTP requests, and each event a
 * projection applies, from the event's metadata), the event processors' position, lag and replay
 * progress behind /actuator/prometheus, and a health that degrades when a processor errs, stops or
 * stalls (docs/operations.md).
 */
package org.strategylifecycle.query.observability;
