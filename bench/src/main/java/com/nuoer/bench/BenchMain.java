package com.nuoer.bench;

import java.util.Arrays;

/** Entry point of bench.jar: {@code java -jar bench.jar <subcommand> --option value ...}; see bench/README.md. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] argv) throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (argv.length == 0) {
            usage();
            System.exit(2);
        }
        Args a = new Args(argv, 1);
        int rc;
        try {
            rc = switch (argv[0]) {
                case "openapi" -> OpenApiLoad.main(a);
                case "p1" -> OpenApiLoad.p1(a);
                case "p1-setup" -> SuiteSetup.p1(a);
                case "p2" -> RecordListBench.run(a);
                case "p2-data" -> RecordListBench.data(a);
                case "p2-clean" -> RecordListBench.clean(a);
                case "p3" -> DriverResults.p3(a);
                case "p4" -> DriverResults.p4(a);
                case "p5" -> DriverResults.p5(a);
                case "p6" -> PgCeiling.run(a);
                case "status" -> DriverResults.status(a);
                case "report" -> Report.main(a);
                case "jfr-top" -> JfrTop.main(a);
                default -> {
                    usage();
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            rc = 2;
        } catch (Exception e) {
            System.err.println("bench " + argv[0] + " failed: " + e);
            e.printStackTrace();
            rc = 1;
        }
        System.exit(rc);
    }

    private static void usage() {
        System.err.println("usage: java -jar bench.jar <" + String.join("|", Arrays.asList("openapi", "p1", "p1-setup",
                "p2", "p2-data", "p2-clean", "p3", "p4", "p5", "p6", "status", "report", "jfr-top")) + "> --option value ...\n"
                + "  see bench/README.md (normally run through bench/run.sh)");
    }
}
