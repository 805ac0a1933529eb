package org.fundguard.spark;

/** Input that does not follow the data contract: the message names the file or table, the row, the field and why. */
public final class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }
}
