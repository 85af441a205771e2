package com.japanautoparts.kura.gateway.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.gateway.DataSubjectRequest;
import com.japanautoparts.kura.gateway.RequestStatus;
import com.japanautoparts.kura.gateway.RequestType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RequestRepository implements PanacheRepositoryBase<DataSubjectRequest, UUID> {

    public Optional<DataSubjectRequest> findOpen(String subject, RequestType type) {
        return find("subject = ?1 and type = ?2 and status in ?3", subject, type, RequestStatus.OPEN).firstResultOptional();
    }

    public Optional<DataSubjectRequest> findOwn(UUID id, String subject) {
        return find("id = ?1 and subject = ?2", id, subject).firstResultOptional();
    }

    public List<DataSubjectRequest> listOwn(String subject) {
        return list("subject", Sort.by("receivedAt").descending(), subject);
    }

    public List<DataSubjectRequest> listOpenByDueDate() {
        return list("status in ?1", Sort.by("dueAt").and("receivedAt"), RequestStatus.OPEN);
    }

    public List<DataSubjectRequest> listAllByDueDate() {
        return list("", Sort.by("dueAt").and("receivedAt"));
    }

    public List<UUID> openIds() {
        return getEntityManager()
                .createQuery("select r.id from DataSubjectRequest r where r.status in :open order by r.dueAt", UUID.class)
                .setParameter("open", RequestStatus.OPEN)
                .getResultList();
    }
}
