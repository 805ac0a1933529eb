package org.fundguard.platform.governance;

/** Marks the governance REST controllers, whose refusals {@link GovernanceErrors} answers as RFC 9457 problems. */
public interface GovernanceApi {
}
