package com.nuoer.customer;

import com.nuoer.testsupport.IntegrationTest;
import com.nuoer.testsupport.contract.ServiceConventionsContract;

@IntegrationTest
class CustomerConventionsTest extends ServiceConventionsContract {
}
