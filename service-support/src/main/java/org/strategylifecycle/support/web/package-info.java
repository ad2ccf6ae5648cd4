/** Problem details (RFC 9457) in the one shape both services answer refusals with, and the request id both carry. */
package org.strategylifecycle.support.web;
