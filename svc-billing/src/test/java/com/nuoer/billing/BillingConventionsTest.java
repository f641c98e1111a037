package com.nuoer.billing;

import com.nuoer.testsupport.IntegrationTest;
import com.nuoer.testsupport.contract.ServiceConventionsContract;

/** svc-billing honours the platform conventions of common-lib (envelope, identity, trace, Flyway, health, OpenAPI). */
@IntegrationTest
class BillingConventionsTest extends ServiceConventionsContract {
}
