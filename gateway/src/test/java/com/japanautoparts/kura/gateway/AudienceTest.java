package com.japanautoparts.kura.gateway;

import com.japanautoparts.kura.testing.AudienceContract;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Only tokens issued for the gateway (aud) are let in: kura-test-support's AudienceContract, with real token validation,
 * on the customer's own requests (the gateway's /internal/* is never on its public port).
 */
@QuarkusTest
@TestProfile(AudienceContract.RealTokens.class)
class AudienceTest extends AudienceContract {

    @Override
    protected String path() {
        return "/api/me/requests";
    }

    @Override
    protected String role() {
        return "customer";
    }
}
