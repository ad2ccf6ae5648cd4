/** Problem details (RFC 9457) in the one shape both services answer refusals with. */
package org.strategylifecycle.support.web;
