package com.japanautoparts.kura.clickstream;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.testing.KuraArchitecture;

/** clickstream-service keeps the one Kura package layout (kura-test-support's rules). */
class ArchitectureTest {

    @Test
    void followsTheKuraLayout() {
        KuraArchitecture.assertServiceFollowsTheLayout("com.japanautoparts.kura.clickstream");
    }
}
