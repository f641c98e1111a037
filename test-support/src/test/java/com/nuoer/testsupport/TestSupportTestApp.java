package com.nuoer.testsupport;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The minimal application IntegrationTestAnnotationTest boots (found as the @SpringBootConfiguration). */
@SpringBootApplication
public class TestSupportTestApp {
}
