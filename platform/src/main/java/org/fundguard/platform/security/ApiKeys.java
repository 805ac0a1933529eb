package org.fundguard.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fundguard.platform.PlatformProperties;
import org.fundguard.platform.auditlog.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keys of the machine clients of the real-time audit endpoint (定点机构 HIS). Only their SHA-256 is
 * stored; the set of hashes is held in memory because the endpoint checks a key on every visit and
 * must answer in milliseconds.
 */
@Service
public class ApiKeys {
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final PlatformProperties properties;
    private final Set<String> hashes = ConcurrentHashMap.newKeySet();

    ApiKeys(JdbcClient jdbc, AuditLog auditLog, PlatformProperties properties) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    public record KeyInfo(String name, String hashPrefix, java.time.OffsetDateTime createdAt) {
    }

    /** First start: a configured key is registered, or one is made and printed once. */
    @Transactional
    void seed() {
        String configured = properties.apiKey();
        if (configured != null && !configured.isBlank()) {
            register("configured", configured, "system");
        } else if (jdbc.sql("select count(*) from api_keys").query(Long.class).single() == 0) {
            String key = create("default", "system");
            String line = "FundGuard real-time audit API key (X-API-Key): " + key + "\n";
            System.out.print(line);
            if (!properties.ephemeral()) {
                DemoUsers.write(properties.dataDir().resolve("api-key.txt"), line);
            }
        }
        reload();
    }

    /** Creates a new random key and returns it; it is shown once and never stored in clear. */
    @Transactional
    public String create(String name, String actor) {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        String key = "fgk_" + HexFormat.of().formatHex(b);
        register(name, key, actor);
        return key;
    }

    private void register(String name, String key, String actor) {
        String hash = hash(key);
        int added = jdbc.sql("insert into api_keys (key_hash, name) values (?, ?) on conflict do nothing")
                .params(hash, name).update();
        if (added > 0) {
            auditLog.append(actor, "API_KEY_CREATED", "api-key:" + hash.substring(0, 12), name);
        }
        hashes.add(hash);
    }

    public boolean accepts(String key) {
        return key != null && !key.isEmpty() && hashes.contains(hash(key));
    }

    public List<KeyInfo> list() {
        return jdbc.sql("select name, key_hash, created_at from api_keys order by created_at")
                .query((rs, n) -> new KeyInfo(rs.getString(1), rs.getString(2).substring(0, 12),
                        rs.getObject(3, java.time.OffsetDateTime.class))).list();
    }

    private void reload() {
        hashes.addAll(jdbc.sql("select key_hash from api_keys").query(String.class).list());
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
