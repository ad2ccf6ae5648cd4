/**
 * Local sign-in: the documented demo users over HTTP Basic, a failed login as cheap for an unknown name
 * as for a wrong password, and too many failures per name or client answered 429.
 */
package org.strategylifecycle.support.security.demo;
