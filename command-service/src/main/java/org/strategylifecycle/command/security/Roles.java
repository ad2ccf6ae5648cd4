package org.strategylifecycle.command.security;

/** The roles of the service; Spring Security sees them as {@code ROLE_EDITOR} and so on. */
final class Roles {

    static final String EDITOR = "EDITOR";
    static final String AUDITOR = "AUDITOR";
    static final String VIEWER = "VIEWER";
    static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
