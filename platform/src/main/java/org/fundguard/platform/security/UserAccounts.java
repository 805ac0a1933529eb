package org.fundguard.platform.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Accounts in the users table, with the lock-out state that login outcomes maintain. */
@Service
public class UserAccounts implements UserDetailsService {
    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Account(String username, String displayName, Role role, boolean enabled, int failedAttempts,
            Instant lockedUntil) {
        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String hash, Account account) {
        }
        Row row = jdbc.sql("select * from users where username = ?").param(username)
                .query((rs, n) -> new Row(rs.getString("password_hash"), account(rs))).optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        Account a = row.account();
        return User.withUsername(a.username()).password(row.hash())
                .authorities(List.of(new SimpleGrantedAuthority(a.role().authority())))
                .disabled(!a.enabled())
                .accountLocked(a.lockedAt(Instant.now()))
                .build();
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("select * from users where username = ?").param(username).query((rs, n) -> account(rs)).optional();
    }

    public List<Account> all() {
        return jdbc.sql("select * from users order by role, username").query((rs, n) -> account(rs)).list();
    }

    public List<Account> withRole(Role role) {
        return jdbc.sql("select * from users where role = ? and enabled order by username").param(role.name())
                .query((rs, n) -> account(rs)).list();
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from users").query(Long.class).single() == 0;
    }

    public void create(String username, String displayName, Role role, String passwordHash) {
        jdbc.sql("insert into users (username, display_name, role, password_hash) values (?,?,?,?)")
                .params(username, displayName, role.name(), passwordHash).update();
    }

    /** Counts one more failure; returns the count after it. */
    int recordFailure(String username) {
        return jdbc.sql("update users set failed_attempts = failed_attempts + 1 where username = ? returning failed_attempts")
                .param(username).query(Integer.class).optional().orElse(0);
    }

    void lock(String username, Instant until) {
        jdbc.sql("update users set locked_until = ?, failed_attempts = 0 where username = ?")
                .params(OffsetDateTime.ofInstant(until, ZoneOffset.UTC), username).update();
    }

    void recordSuccess(String username) {
        jdbc.sql("update users set failed_attempts = 0, locked_until = null where username = ? and (failed_attempts > 0 or locked_until is not null)")
                .param(username).update();
    }

    public void unlock(String username) {
        recordSuccess(username);
    }

    private static Account account(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new Account(rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"), rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant());
    }
}
