package com.japanautoparts.kura.e2e;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Stops and starts one service of the running stack, with the same shell functions bin/test used. */
final class Stack {

    private static final String PG_PORT = System.getProperty("kura.db.port", "55433");
    private static final String PORT_OFFSET = System.getProperty("kura.e2e.port-offset", "0");

    private Stack() {
    }

    static void stop(String module) {
        run("service_stop \"$STATE\" " + module);
    }

    static void start(String module) {
        run("port=$(service_port " + module + ") && service_start \"$STATE\" " + PG_PORT + " \"$STATE/secrets.env\" " + module
                + " $port && service_wait_ready \"$STATE\" " + module + " $port");
    }

    private static void run(String script) {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "source bin/lib/kura.sh && require_java && " + script)
                .directory(Kura.ROOT.toFile()).inheritIO();
        builder.environment().put("STATE", Kura.STATE.toAbsolutePath().toString());
        builder.environment().put("KURA_PORT_OFFSET", PORT_OFFSET);
        try {
            Process process = builder.start();
            if (!process.waitFor(150, TimeUnit.SECONDS) || process.exitValue() != 0) {
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
