package org.fundguard.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Finds the PostgreSQL server that serves a cluster directory right now: {@code postmaster.pid} names
 * its process and port (lines 1 and 4, PostgreSQL's documented layout). A file left by a crash names
 * a dead process or a port where nobody answers; a port reused by another server is told apart by
 * asking the server for its data directory.
 */
final class RunningServer {
    private RunningServer() {
    }

    /** The running server of {@code pg}, or null when none runs. */
    static PostgresServer find(Path pg) {
        Path pidFile = pg.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile) : List.of();
        } catch (IOException e) {
            return null;
        }
        if (lines.size() < 4) {
            return null;
        }
        long pid;
        int port;
        try {
            pid = Long.parseLong(lines.get(0).trim());
            port = Integer.parseInt(lines.get(3).trim());
        } catch (NumberFormatException e) {
            return null;
        }
        if (ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(false)) {
            return null;
        }
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("show data_directory")) {
            if (rs.next() && sameDirectory(Path.of(rs.getString(1)), pg)) {
                return PostgresServer.running(url);
            }
            return null;
        } catch (SQLException e) {
            return null;
        }
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
