package com.japanautoparts.kura.gateway;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.testing.KuraArchitecture;

/** The gateway keeps the one Kura package layout (kura-test-support's rules); its reverse proxy lives in proxy. */
class ArchitectureTest {

    @Test
    void followsTheKuraLayout() {
        KuraArchitecture.assertServiceFollowsTheLayout("com.japanautoparts.kura.gateway");
    }
}
