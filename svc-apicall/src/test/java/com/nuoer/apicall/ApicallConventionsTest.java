package com.nuoer.apicall;

import com.nuoer.testsupport.IntegrationTest;
import com.nuoer.testsupport.contract.ServiceConventionsContract;

/** svc-apicall honours the platform conventions of common-lib (envelope, identity, trace, Flyway, health, OpenAPI). */
@IntegrationTest
class ApicallConventionsTest extends ServiceConventionsContract {
}
