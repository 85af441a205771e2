package com.japanautoparts.kura.testing;

import static io.restassured.RestAssured.given;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Each service accepts only tokens issued for it: their {@code aud} names the service (kura-common's
 * {@code quarkus.oidc.token.audience}, its {@code quarkus.application.name}). A service's {@code AudienceTest} extends
 * this with {@code @QuarkusTest} and {@code @TestProfile(AudienceContract.RealTokens.class)}: on one endpoint a role may
 * call (by default kura-common's retention API, which every service with a database serves to the privacy officer), a
 * token for another service, or for none, is 401; the same token naming this service too is let in.
 */
public abstract class AudienceContract {

    /** Real token validation against {@link TokenIssuer} (one more application start per service). */
    public static class RealTokens implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TokenIssuer.class));
        }
    }

    /** The service's audience: its {@code quarkus.application.name}. */
    protected String service() {
        return ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
    }

    /** A GET endpoint the {@link #role()} may call. */
    protected String path() {
        return "/internal/retention/purges";
    }

    protected String role() {
        return "privacy-officer";
    }

    /** What that endpoint answers the role with a token for this service. */
    protected int accepted() {
        return 200;
    }

    @Test
    void aTokenIssuedForAnotherServiceIsRefused() {
        String other = service().equals("gateway") ? "contact-service" : "gateway";
        given().auth().oauth2(TokenIssuer.token(List.of(other), role())).get(path()).then().statusCode(401);
    }

    @Test
    void aTokenIssuedForNoServiceIsRefused() {
        given().auth().oauth2(TokenIssuer.token(List.of(), role())).get(path()).then().statusCode(401);
    }

    @Test
    void aTokenIssuedForThisServiceAmongOthersIsLetIn() {
        given().auth().oauth2(TokenIssuer.token(List.of("gateway", service()), role())).get(path())
                .then().statusCode(accepted());
    }
}
