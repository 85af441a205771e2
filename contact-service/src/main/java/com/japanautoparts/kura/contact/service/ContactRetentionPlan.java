package com.japanautoparts.kura.contact.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.common.retention.RetentionCategory;
import com.japanautoparts.kura.common.retention.RetentionPlan;
import com.japanautoparts.kura.common.retention.RetentionQueries;
import com.japanautoparts.kura.contact.config.ContactConfig;

/**
 * What contact-service keeps and for how long (periods from {@code contact.retention.*}): a quiet customer's contact
 * data, the change history and the access log, which go sooner under storage pressure. Held subjects are never due.
 */
@ApplicationScoped
public class ContactRetentionPlan implements RetentionPlan {

    public static final String INACTIVE_CUSTOMERS = "user.contact (inactive customers)";
    public static final String CHANGE_HISTORY = "user.contact change history";
    public static final String ACCESS_LOG = "user.contact access log";

    /** A customer's row, addresses, phones, emails and history go together (on delete cascade). */
    private static final String DUE_CUSTOMERS = "select id from customer where last_active_at < :cutoff"
            + " and subject <> all(:held)";
    /** Old reads; and reads of customers gone meanwhile (purged as inactive), whatever their age. */
    private static final String DUE_READS = "select id from contact_access where (at < :cutoff"
            + " or (customer_id is not null and customer_id not in (select subject from customer)))"
            + " and (customer_id is null or customer_id <> all(:held))";
    private static final String DUE_CHANGES = "select id from contact_change where changed_at < :cutoff"
            + " and customer_id not in (select id from customer where subject = any(:held))";

    private final List<RetentionCategory> categories;

    public ContactRetentionPlan(ContactConfig config, RetentionQueries queries) {
        ContactConfig.Retention retention = config.retention();
        this.categories = List.of(
                RetentionCategory.of(INACTIVE_CUSTOMERS, retention.inactiveCustomers(), queries.rows("customer", DUE_CUSTOMERS)),
                RetentionCategory.of(CHANGE_HISTORY, retention.changeHistory(), queries.rows("contact_change", DUE_CHANGES))
                        .underPressure(retention.changeHistoryUnderPressure()),
                RetentionCategory.of(ACCESS_LOG, retention.accessLog(), queries.rows("contact_access", DUE_READS))
                        .underPressure(retention.accessLogUnderPressure()));
    }

    @Override
    public List<RetentionCategory> categories() {
        return categories;
    }
}
