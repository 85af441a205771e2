package com.japanautoparts.kura.testing.layout.good.service;

import com.japanautoparts.kura.testing.layout.good.api.ThingDto;
import com.japanautoparts.kura.testing.layout.good.domain.Thing;

public class ThingService {

    public ThingDto find(String name) {
        return new ThingDto(new Thing(name).name());
    }
}
