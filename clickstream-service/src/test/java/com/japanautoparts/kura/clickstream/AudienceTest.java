package com.japanautoparts.kura.clickstream;

import com.japanautoparts.kura.testing.AudienceContract;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Only tokens issued for clickstream-service (aud) are let in: kura-test-support's AudienceContract, with real token validation. */
@QuarkusTest
@TestProfile(AudienceContract.RealTokens.class)
class AudienceTest extends AudienceContract {
}
