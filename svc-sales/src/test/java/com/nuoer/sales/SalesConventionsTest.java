package com.nuoer.sales;

import com.nuoer.testsupport.IntegrationTest;
import com.nuoer.testsupport.contract.ServiceConventionsContract;

/** svc-sales honours the platform conventions of common-lib (envelope, identity, trace, Flyway, health, OpenAPI). */
@IntegrationTest
class SalesConventionsTest extends ServiceConventionsContract {
}
