package org.fundguard.platform.institutions;

import java.util.List;
import java.util.Optional;
import org.fundguard.platform.web.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Repository;

/**
 * Which institution a login belongs to. The portal takes the institution from here, from the signed-in
 * user, never from the request: an id in a URL only selects among the user's own records.
 */
@Repository
public class InstitutionAccounts {
    private final JdbcClient jdbc;

    InstitutionAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Binding(String username, String code) {
    }

    public Optional<String> codeOf(String username) {
        return jdbc.sql("select fixmedins_code from institution_accounts where username = ?").param(username)
                .query(String.class).optional();
    }

    /** The signed-in institution's code; an institution login not yet bound to one may do nothing. */
    String requireCode(Authentication auth) {
        CurrentUser me = CurrentUser.of(auth);
        if (me == null) {
            throw new AccessDeniedException("not signed in");
        }
        return codeOf(me.username()).orElseThrow(() -> new AccessDeniedException(
                "the login " + me.username() + " is not bound to an institution"));
    }

    public void bind(String username, String code, String actor) {
        jdbc.sql("""
                insert into institution_accounts (username, fixmedins_code, bound_by) values (?,?,?)
                on conflict (username) do update set fixmedins_code = excluded.fixmedins_code,
                    bound_by = excluded.bound_by, bound_at = now()""")
                .params(username, code, actor).update();
    }

    public List<Binding> all() {
        return jdbc.sql("select username, fixmedins_code from institution_accounts order by fixmedins_code, username")
                .query((rs, n) -> new Binding(rs.getString(1), rs.getString(2))).list();
    }

    /** The name of the institution as the latest data run that knows it has it, or the code. */
    String nameOf(String code) {
        return jdbc.sql("select fixmedins_name from institution_stats where fixmedins_code = ? order by run_id desc limit 1")
                .param(code).query(String.class).optional().orElse(code);
    }
}
