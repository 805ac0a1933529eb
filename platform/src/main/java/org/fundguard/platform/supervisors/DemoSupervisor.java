package org.fundguard.platform.supervisors;

import java.time.Clock;
import java.time.LocalDate;
import java.math.BigDecimal;
import org.fundguard.platform.security.Role;
import org.fundguard.platform.security.UserAccounts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's supervisor login (security/DemoUsers) enters the registry on the first start: recruited
 * openly, a three-year term from the 1st of January, with the induction training (seed 002: 组织社会监督员
 * 学习掌握医疗保险相关法律法规、协议管理规定、打击欺诈骗保典型案例).
 */
@Component
@Order(3)
@ConditionalOnWebApplication
class DemoSupervisor implements ApplicationRunner {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoSupervisor.class);
    private final UserAccounts users;
    private final SupervisorRegistry registry;
    private final Clock clock;

    DemoSupervisor(UserAccounts users, SupervisorRegistry registry, Clock clock) {
        this.users = users;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int year = LocalDate.now(clock).getYear();
        int n = 0;
        for (UserAccounts.Account a : users.withRole(Role.SUPERVISOR)) {
            if (registry.ofLogin(a.username()).isPresent()) {
                continue;
            }
            n++;
            String name = a.displayName().replaceFirst("^社会监督员\\s*", "");
            try {
                long id = registry.register(new SupervisorRegistry.Registration(name, null, Recruitment.OPEN, null,
                        String.format("SJ-%d-D%03d", year, n), LocalDate.of(year, 1, 1), LocalDate.of(year + 2, 12, 31),
                        a.username()), "system");
                registry.addTraining(id, LocalDate.of(year, 1, 15), "医保基金监管法规、协议管理与欺诈骗保典型案例（岗前培训）",
                        new BigDecimal("4"), "system");
            } catch (SupervisorException e) {
                // a certificate number taken by hand: the demo login stays out of the registry; say so, do not stop
                log.warn("demo supervisor {} not registered: {}", a.username(), e.getMessage());
            }
        }
    }
}
