package com.nuoer.contract;

import com.nuoer.contract.support.TestClockConfig;
import com.nuoer.testsupport.IntegrationTest;
import com.nuoer.testsupport.contract.ServiceConventionsContract;
import org.springframework.context.annotation.Import;

/** svc-contract honours the platform conventions of common-lib (envelope, identity, trace, Flyway, health, OpenAPI). */
@IntegrationTest
@Import(TestClockConfig.class) // the same (shared) context as the other integration tests
class ContractConventionsTest extends ServiceConventionsContract {
}
