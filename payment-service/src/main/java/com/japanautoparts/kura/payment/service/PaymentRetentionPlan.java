package com.japanautoparts.kura.payment.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.common.idempotency.IdempotencyKeys;
import com.japanautoparts.kura.common.retention.RetentionCategory;
import com.japanautoparts.kura.common.retention.RetentionPlan;
import com.japanautoparts.kura.common.retention.RetentionQueries;
import com.japanautoparts.kura.payment.config.PaymentConfig;

/**
 * What payment-service keeps and for how long: completed orders (delivered, cancelled, refunded or pseudonymised),
 * {@code payment.retention.orders-after-completion} after completion, then deleted with their lines and status history
 * (on delete cascade). Open orders are never due. Orders are kept by law, so storage pressure deletes nothing sooner.
 * Orders of a held subject are excluded by kura-common's RetentionService; pseudonymised orders belong to no subject.
 */
@ApplicationScoped
public class PaymentRetentionPlan implements RetentionPlan {

    public static final String COMPLETED_ORDERS = DataCategory.PURCHASE.key() + " (completed orders)";

    private final List<RetentionCategory> categories;

    public PaymentRetentionPlan(PaymentConfig config, RetentionQueries queries, IdempotencyKeys idempotencyKeys) {
        this.categories = List.of(RetentionCategory.of(COMPLETED_ORDERS, config.retention().ordersAfterCompletion(),
                queries.rows("orders", "select id from orders where completed_at < :cutoff and customer_id <> all(:held)")),
                idempotencyKeys.retention());
    }

    @Override
    public List<RetentionCategory> categories() {
        return categories;
    }
}
