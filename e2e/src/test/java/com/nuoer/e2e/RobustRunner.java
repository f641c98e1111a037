package com.nuoer.e2e;

import com.nuoer.e2e.robust.DbSnapshot;
import com.nuoer.e2e.robust.Probe;

/**
 * Runs the isolation matrix and the fuzzer against a stack that is already running (e.g. {@code ./run.sh} on other
 * ports), for iterating on fixes without starting a suite: {@code java -cp <test classpath> com.nuoer.e2e.RobustRunner
 * http://127.0.0.1:8080 15432 [fuzz|isolation|both]}.
 */
public final class RobustRunner {

    private RobustRunner() {
    }

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        String pg = args[1];
        String which = args.length > 2 ? args[2] : "both";
        java.util.function.Function<String, String> jdbc = db -> "jdbc:postgresql://127.0.0.1:" + pg + "/" + db;
        int problems = 0;
        if (!which.equals("fuzz")) {
            IsolationMatrixIT isolation = new IsolationMatrixIT();
            isolation.run(new Probe(gateway), new DbSnapshot(jdbc));
            problems += isolation.leaks().size() + isolation.failures().size();
        }
        if (!which.equals("isolation")) {
            problems += FuzzIT.run(new Probe(gateway), new DbSnapshot(jdbc)).size();
        }
        System.exit(problems == 0 ? 0 : 1);
    }
}
