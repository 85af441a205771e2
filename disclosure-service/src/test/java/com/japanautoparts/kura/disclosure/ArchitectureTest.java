package com.japanautoparts.kura.disclosure;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.testing.KuraArchitecture;

/** disclosure-service keeps Kura's one package layout (kura-test-support's rules). */
class ArchitectureTest {

    @Test
    void theServiceFollowsTheLayout() {
        KuraArchitecture.assertServiceFollowsTheLayout("com.japanautoparts.kura.disclosure");
    }
}
