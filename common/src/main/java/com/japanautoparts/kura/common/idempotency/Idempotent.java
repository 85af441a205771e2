package com.japanautoparts.kura.common.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * A write a client may send again after a 503 or a timeout: with an {@code Idempotency-Key} header (the IETF httpapi
 * draft), the same key and body are answered with the first response (status and {@code Location}) and never written
 * twice. The method must return a {@link jakarta.ws.rs.core.Response}; its service's {@code @Transactional} methods join
 * the transaction {@link IdempotencyInterceptor} opens, so the write and its key commit together. See common/README.md.
 */
@InterceptorBinding
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    /**
     * The body field naming the customer the write is about (e.g. {@code customerId}), so that an erasure of that
     * customer removes the key with the rest; empty when the body names no one.
     */
    @Nonbinding
    String subject() default "";
}
