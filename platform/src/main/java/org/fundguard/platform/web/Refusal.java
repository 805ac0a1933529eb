package org.fundguard.platform.web;

import org.springframework.http.HttpStatus;

/**
 * A request a feature refuses, with the reason for the user in the message. Features extend it and
 * say which status the API's problem document and the page carry; {@link ApiErrors} and
 * {@link PageErrors} render it without knowing the features, so that web depends on none of them
 * (ModuleBoundariesTest: no cycles between feature packages).
 */
public abstract class Refusal extends RuntimeException {

    protected Refusal(String message) {
        super(message);
    }

    public abstract HttpStatus apiStatus();

    public abstract HttpStatus pageStatus();
}
