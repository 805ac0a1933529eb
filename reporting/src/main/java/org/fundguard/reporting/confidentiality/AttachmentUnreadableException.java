package org.fundguard.reporting.confidentiality;

import java.io.IOException;

/** A sealed attachment cannot be opened; the message names the report and why, never any content or key. */
public final class AttachmentUnreadableException extends IOException {
    AttachmentUnreadableException(String message) {
        super(message);
    }
}
