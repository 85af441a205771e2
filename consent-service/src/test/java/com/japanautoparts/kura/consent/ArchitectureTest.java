package com.japanautoparts.kura.consent;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.testing.KuraArchitecture;

/** consent-service follows the one Kura package layout (api, rest, service, domain, client, config). */
class ArchitectureTest {

    @Test
    void followsTheKuraLayout() {
        KuraArchitecture.assertServiceFollowsTheLayout("com.japanautoparts.kura.consent");
    }
}
