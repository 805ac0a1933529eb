package org.fundguard.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.platform.PlatformProperties;
import org.fundguard.platform.auditlog.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start (no user yet) creates one demo account per role and prints the logins once;
 * they are also written to {@code <data-dir>/demo-logins.txt} (readable by the owner only) so that
 * {@code bin/fundguard demo} can show them again after a restart.
 */
@Component
@Order(1)
@ConditionalOnWebApplication
class DemoUsers implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    record Demo(String username, String displayName, Role role) {
    }

    static final List<Demo> DEMO = List.of(
            new Demo("intake", "受理员 王芳", Role.INTAKE),
            new Demo("analyst", "分析员 李明", Role.ANALYST),
            new Demo("investigator", "稽查员 张伟", Role.INVESTIGATOR),
            new Demo("investigator2", "稽查员 刘洋", Role.INVESTIGATOR),
            new Demo("legal", "法制审核员 陈静", Role.LEGAL),
            new Demo("director", "负责人 赵强", Role.DIRECTOR),
            new Demo("admin", "管理员 孙磊", Role.ADMIN),
            new Demo("privacy", "举报保密员 周敏", Role.PRIVACY),
            // bound to institutions of the first data run by institutions/DemoInstitutionLogins
            new Demo("inst1", "定点机构 医保办", Role.INSTITUTION),
            new Demo("inst2", "定点机构 医保科", Role.INSTITUTION),
            // entered in the supervisors' registry by supervisors/DemoSupervisor
            new Demo("supervisor", "社会监督员 吴刚", Role.SUPERVISOR));

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog auditLog;
    private final PlatformProperties properties;

    DemoUsers(UserAccounts accounts, PasswordEncoder encoder, AuditLog auditLog, PlatformProperties properties) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!accounts.isEmpty()) {
            return;
        }
        SecureRandom random = new SecureRandom();
        List<String> lines = new ArrayList<>();
        lines.add("FundGuard demo logins (用户名 / 角色 / 密码):");
        for (Demo d : DEMO) {
            String password = properties.demoPassword() != null && !properties.demoPassword().isBlank()
                    ? properties.demoPassword() : randomPassword(random);
            accounts.create(d.username(), d.displayName(), d.role(), encoder.encode(password));
            auditLog.append("system", "USER_CREATED", "user:" + d.username(), "role " + d.role() + " (demo)");
            lines.add(String.format("  %-14s %-13s %s", d.username(), d.role(), password));
        }
        String text = String.join("\n", lines) + "\n";
        System.out.print(text);
        if (!properties.ephemeral()) {
            write(properties.dataDir().resolve("demo-logins.txt"), text);
        }
        log.info("seeded {} demo accounts", DEMO.size());
    }

    private static String randomPassword(SecureRandom random) {
        char[] c = new char[12];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(c);
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the data directory's own protection applies
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
