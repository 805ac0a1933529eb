package org.fundguard.platform.governance;

/** Marks the governance page controllers, whose refusals {@link GovernanceErrors} shows as a page. */
public interface GovernancePages {
}
