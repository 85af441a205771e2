package com.japanautoparts.kura.e2e;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts one service of the running stack, with the same shell functions bin/test used; for the fault suite also
 * kills a service, restarts PostgreSQL and stops and starts Keycloak (their folders: bin/test's run folder, beside the
 * stack's state folder, or {@code kura.e2e.pg-dir} and {@code kura.e2e.keycloak-dir}).
 */
final class Stack {

    private static final String PG_PORT = System.getProperty("kura.db.port", "55433");
    private static final String PORT_OFFSET = System.getProperty("kura.e2e.port-offset", "0");
    private static final String PG_DIR = System.getProperty("kura.e2e.pg-dir",
            Kura.STATE.toAbsolutePath().resolveSibling("pg").toString());
    private static final String KEYCLOAK_DIR = System.getProperty("kura.e2e.keycloak-dir",
            Kura.STATE.toAbsolutePath().resolveSibling("keycloak").toString());

    private Stack() {
    }

    static void stop(String module) {
        run("service_stop \"$STATE\" " + module);
    }

    static void start(String module) {
        run("port=$(service_port " + module + ") && service_start \"$STATE\" " + PG_PORT + " \"$STATE/secrets.env\" " + module
                + " $port && service_wait_ready \"$STATE\" " + module + " $port");
    }

    /** SIGKILL, as a crash or an OOM kill would: no shutdown hook runs, open transactions die with the connections. */
    static void kill(String module) {
        run("kill -KILL \"$(cat \"$STATE/pids/" + module + ".pid\")\" && while service_running \"$STATE\" " + module
                + "; do sleep 0.1; done && rm -f \"$STATE/pids/" + module + ".pid\" && say \"" + module + " killed\"");
    }

    /** pg_ctl restart -m fast on the test cluster: every connection is cut; returns when PostgreSQL accepts them again. */
    static void restartDatabase() {
        run("require_postgres && as_pg \"$PG_BIN/pg_ctl\" -D \"" + PG_DIR + "/data\" -l \"" + PG_DIR
                + "/postgres.log\" -m fast -w -t 60 restart >/dev/null && say \"PostgreSQL restarted\"");
    }

    static void stopKeycloak() {
        run("source bin/lib/keycloak.sh && keycloak_stop \"" + KEYCLOAK_DIR + "\"");
    }

    /** Starts Keycloak again from its folder (its data, so its realm and signing keys, are kept); returns when it is ready. */
    static void startKeycloak() {
        run("source bin/lib/keycloak.sh && keycloak_start \"" + KEYCLOAK_DIR + "\" \"$KURA_KEYCLOAK_PORT\" \"$KURA_KEYCLOAK_MANAGEMENT_PORT\"",
                420);
    }

    private static void run(String script) {
        run(script, 150);
    }

    private static void run(String script, int timeoutSeconds) {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "source bin/lib/kura.sh && require_java && " + script)
                .directory(Kura.ROOT.toFile()).inheritIO();
        builder.environment().put("STATE", Kura.STATE.toAbsolutePath().toString());
        builder.environment().put("KURA_PORT_OFFSET", PORT_OFFSET);
        try {
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Stack command failed: " + script);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Stack command failed: " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + script, e);
        }
    }
}
