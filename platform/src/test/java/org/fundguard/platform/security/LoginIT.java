package org.fundguard.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.auditlog.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Form login over real HTTP: passwords, CSRF on the form, lock-out and the login trail. */
@PlatformIT
class LoginIT {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditLog auditLog;

    @Test
    void signsInWithTheRightPassword() throws Exception {
        Browser b = new Browser();

        HttpResponse<String> r = b.login("analyst", org.fundguard.platform.PlatformIT.PASSWORD);

        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(b.get("/runs").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesALoginFormPostedWithoutItsCsrfToken() throws Exception {
        Browser b = new Browser();
        b.get("/login");

        HttpResponse<String> r = b.post("/login", "username=analyst&password=" + org.fundguard.platform.PlatformIT.PASSWORD);

        assertThat(r.statusCode()).as(r.headers().firstValue("Location").orElse("")).isEqualTo(403);
    }

    @Test
    void locksAnAccountAfterFiveWrongPasswordsEvenAgainstTheRightOne() throws Exception {
        accounts.create("lockme", "测试 锁定", Role.LEGAL, encoder.encode("Right-Pass-1"));
        Browser b = new Browser();
        for (int i = 0; i < 5; i++) {
            assertThat(b.login("lockme", "wrong-" + i).headers().firstValue("Location")).hasValueSatisfying(
                    l -> assertThat(l).endsWith("/login?error"));
        }

        HttpResponse<String> r = b.login("lockme", "Right-Pass-1");

        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
        assertThat(accounts.find("lockme").orElseThrow().lockedUntil()).isNotNull();
        assertThat(auditLog.forTarget("user:lockme")).extracting(e -> e.action())
                .contains("LOGIN_FAILED", "ACCOUNT_LOCKED", "LOGIN_REJECTED_LOCKED");

        accounts.unlock("lockme");
        assertThat(new Browser().login("lockme", "Right-Pass-1").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
    }

    @Test
    void answersTheApiWithHttpBasicAndWithoutChallenge() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String auth = java.util.Base64.getEncoder().encodeToString(
                ("director:" + org.fundguard.platform.PlatformIT.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> ok = client.send(HttpRequest.newBuilder(uri("/api/v1/leads"))
                .header("Authorization", "Basic " + auth).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(uri("/api/v1/leads")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"items\"");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A cookie-keeping client that does not follow redirects, like a browser seen from the server. */
    final class Browser {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> login(String user, String password) throws Exception {
            Matcher m = CSRF.matcher(get("/login").body());
            assertThat(m.find()).as("the login form carries a CSRF token").isTrue();
            return post("/login", "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1)));
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
