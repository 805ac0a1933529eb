package org.fundguard.engine.knowledge;

/** A knowledge-point file that cannot be used as it is: the message names the file, point and field. */
public final class KnowledgeFileException extends RuntimeException {
    KnowledgeFileException(String message) {
        super(message);
    }

    KnowledgeFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
