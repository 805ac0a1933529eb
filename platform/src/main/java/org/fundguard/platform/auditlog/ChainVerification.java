package org.fundguard.platform.auditlog;

/**
 * The result of walking the chain: how many entries were checked and, when the chain is broken, the
 * first entry that does not verify and why.
 */
public record ChainVerification(long checked, Long firstBrokenSeq, String reason, String headHash) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
