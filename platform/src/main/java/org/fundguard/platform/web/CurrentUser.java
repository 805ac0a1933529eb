package org.fundguard.platform.web;

import org.fundguard.platform.security.Role;
import org.springframework.security.core.Authentication;

/** The signed-in user as templates need it: name, role, and what the navigation may offer. */
public record CurrentUser(String username, Role role) {

    public static CurrentUser of(Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            return null;
        }
        Role role = auth.getAuthorities().stream().map(a -> a.getAuthority())
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
                .filter(CurrentUser::isRole).map(Role::valueOf).findFirst().orElse(null);
        return role == null ? null : new CurrentUser(auth.getName(), role);
    }

    private static boolean isRole(String s) {
        for (Role r : Role.values()) {
            if (r.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    public boolean is(String... roles) {
        for (String r : roles) {
            if (role.name().equals(r)) {
                return true;
            }
        }
        return false;
    }
}
