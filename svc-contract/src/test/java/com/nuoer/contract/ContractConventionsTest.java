package com.nuoer.contract;

import com.nuoer.testsupport.IntegrationTest;
import com.nuoer.testsupport.contract.ServiceConventionsContract;

/** svc-contract honours the platform conventions of common-lib (envelope, identity, trace, Flyway, health, OpenAPI). */
@IntegrationTest
class ContractConventionsTest extends ServiceConventionsContract {
}
