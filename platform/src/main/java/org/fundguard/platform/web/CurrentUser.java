package org.fundguard.platform.web;

import org.fundguard.platform.security.Role;
import org.springframework.security.core.Authentication;

/** The signed-in user as templates need it: name, role, and what the navigation may offer. */
public record CurrentUser(String username, Role role) {

    public static CurrentUser of(Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            return null;
        }
        for (var a : auth.getAuthorities()) {
            Role role = ROLES.get(a.getAuthority());
            if (role != null) {
                return new CurrentUser(auth.getName(), role);
            }
        }
        return null;
    }

    private static final java.util.Map<String, Role> ROLES = java.util.Arrays.stream(Role.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Role::authority, r -> r));

    public boolean is(String... roles) {
        for (String r : roles) {
            if (role.name().equals(r)) {
                return true;
            }
        }
        return false;
    }
}
