package com.japanautoparts.kura.payment;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.testing.KuraArchitecture;

/** payment-service keeps the one Kura package layout (api, rest, service, domain, client, config) and its rules. */
class ArchitectureTest {

    @Test
    void followsTheKuraLayout() {
        KuraArchitecture.assertServiceFollowsTheLayout("com.japanautoparts.kura.payment");
    }
}
