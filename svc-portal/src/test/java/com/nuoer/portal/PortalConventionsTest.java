package com.nuoer.portal;

import com.nuoer.testsupport.IntegrationTest;
import com.nuoer.testsupport.contract.ServiceConventionsContract;

/** svc-portal honours the platform conventions of common-lib (envelope, identity, trace, Flyway, health, OpenAPI). */
@IntegrationTest
class PortalConventionsTest extends ServiceConventionsContract {
}
