package org.fundguard.platform.security;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Makes sure the served platform has an API key for its real-time endpoint (not in one-shot commands). */
@Component
@Order(2)
@ConditionalOnWebApplication
class ApiKeySeeding implements ApplicationRunner {
    private final ApiKeys keys;

    ApiKeySeeding(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public void run(ApplicationArguments args) {
        keys.seed();
    }
}
