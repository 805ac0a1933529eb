package org.fundguard.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Accepts the command line's spelling ({@code --port 8080 --data-dir ./data}) beside Spring's own
 * ({@code --server.port=8080}), so the jar can be started by hand the way the README shows.
 */
final class PlatformArguments {
    private PlatformArguments() {
    }

    static String[] translate(String[] args) {
        List<String> out = new ArrayList<>(args.length + 2);
        if (args.length >= 2 && args[0].equals("auditlog") && args[1].equals("verify")) {
            out.add(PlatformCommand.VERIFY);
            out.add("--spring.main.web-application-type=none");
            args = java.util.Arrays.copyOfRange(args, 2, args.length);
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (a.equals("--port") && value != null) {
                out.add("--server.port=" + value);
                i++;
            } else if (a.equals("--data-dir") && value != null) {
                out.add("--fundguard.data-dir=" + value);
                i++;
            } else if (a.startsWith("--port=")) {
                out.add("--server.port=" + a.substring("--port=".length()));
            } else if (a.startsWith("--data-dir=")) {
                out.add("--fundguard.data-dir=" + a.substring("--data-dir=".length()));
            } else {
                out.add(a);
            }
        }
        return out.toArray(String[]::new);
    }
}
