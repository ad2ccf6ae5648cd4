package org.strategylifecycle.support.security;

/** The roles of the service; Spring Security sees them as {@code ROLE_EDITOR} and so on. */
public final class Roles {

    public static final String EDITOR = "EDITOR";
    public static final String AUDITOR = "AUDITOR";
    public static final String VIEWER = "VIEWER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
