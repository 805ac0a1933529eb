package org.fundguard.platform.auditlog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code bin/fundguard auditlog verify}: the platform started without its web server, only to walk
 * the chain and print the verdict; exit code 0 when intact, 1 when broken.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "fundguard.command", havingValue = "auditlog-verify")
class VerifyCommand implements ApplicationRunner, ExitCodeGenerator {
    private final AuditLogVerifier verifier;
    private int exitCode;

    VerifyCommand(AuditLogVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainVerification v = verifier.verify();
        if (v.intact()) {
            System.out.println("audit log intact: " + v.checked() + " entries, head hash " + v.headHash());
            exitCode = 0;
        } else {
            System.out.println("audit log BROKEN at entry " + v.firstBrokenSeq() + ": " + v.reason()
                    + " (" + v.checked() + " entries read)");
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
