package com.japanautoparts.kura.contact;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.testing.KuraArchitecture;

/** contact-service keeps the one package layout of every Kura service (api, rest, service, domain, config). */
class ArchitectureTest {

    @Test
    void followsTheKuraLayout() {
        KuraArchitecture.assertServiceFollowsTheLayout("com.japanautoparts.kura.contact");
    }
}
