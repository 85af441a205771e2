package com.japanautoparts.kura.gateway.rest;

import java.util.List;

import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.gateway.service.StoragePressureService.ServicePurge;

/** The storage-pressure action: every service's part, in the order they ran. */
public record StoragePressureDto(PurgeTrigger trigger, List<ServicePurge> services) {
}
